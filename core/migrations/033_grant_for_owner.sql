-- Nothing on SQLite: a file has no roles. On a server (pg/033) the rights of the program's users
-- follow the tables whoever gives them.
SELECT 1;
