-- The printed return-visit report of a year (issue 13, item 4) lists the visits with a problem:
-- at 100,000 cases a year, 61,000 of them, each naming its case's number and customer. Read
-- from the cases' own rows (wide: the symptom, the request, the address), those are a page
-- each and do not stay in the cache; this index holds just what the listing reads, in the
-- order of the case ids the visits of a year point to.
CREATE INDEX cases_for_visit_listing ON cases(id, model_id, customer_id, number);
