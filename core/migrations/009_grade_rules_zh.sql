-- The response rules and temporary measures of each grade in Simplified Chinese, so that a
-- quality engineer working in Chinese reads them in the analysis form (R10). The default
-- grades get the company's wording; grades the administrator added keep '' and show English.
ALTER TABLE grades ADD COLUMN response_rules_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE grades ADD COLUMN temporary_measures_zh TEXT NOT NULL DEFAULT '';

UPDATE grades SET
    response_rules_zh = '存在安全风险、装置停车或涉及重点客户：立即报告总经理；24 小时内技术人员到达现场；研发部、质量部、生产部共同分析原因。',
    temporary_measures_zh = '隔离受影响的阀门；提供备用产品；同批次产品暂停发货，直至查明原因。'
WHERE code = 'A' AND response_rules LIKE 'Safety risk, plant stopped%';
UPDATE grades SET
    response_rules_zh = '功能受损、影响生产：48 小时内技术人员到达现场；责任单位 2 天内答复。',
    temporary_measures_zh = '给予操作指导；检查库存中的同批次产品。'
WHERE code = 'B' AND response_rules LIKE 'Function impaired%';
UPDATE grades SET
    response_rules_zh = '轻微缺陷或外观问题：远程指导或预约上门；责任单位 5 天内答复。',
    temporary_measures_zh = '向客户说明临时解决办法。'
WHERE code = 'C' AND response_rules LIKE 'Minor defect%';
