-- Reference lists a new database starts with; the administrator edits them afterwards.
INSERT INTO settings(key, value) VALUES
    ('company.name', 'Your Company Ltd.'),
    ('company.address', ''),
    ('deadline.disposal_hours', '24'),
    ('deadline.workday_end', '17:30'),
    ('deadline.workdays', '1,2,3,4,5'),
    ('deadline.first_visit_days', '3'),
    ('deadline.second_visit_days', '21'),
    ('deadline.follow_up_days', '7'),
    ('deadline.time_zone', '')
    ON CONFLICT DO NOTHING;

INSERT INTO units(code, name, name_zh) VALUES
    ('SALES', 'Sales Department', '销售部'),
    ('QUALITY', 'Quality Department', '质量部'),
    ('RND', 'R&D', '研发部'),
    ('MFG', 'Manufacturing', '生产部'),
    ('PURCHASE', 'Purchasing', '采购部'),
    ('PLANNING', 'Integrated Planning', '综合计划部'),
    ('TECHSUPPORT', 'Technical Support', '技术支持部')
    ON CONFLICT DO NOTHING;

INSERT INTO grades(code, name, name_zh, response_rules, temporary_measures, processing_hours,
                             unit_reply_hours, arrival_hours) VALUES
    ('A', 'Grade A: major', 'A 级：重大',
     'Safety risk, plant stopped or a key customer: report to the general manager at once; technician on site within 24 hours; cause analysis with R&D, Quality and Manufacturing.',
     'Isolate the affected valves; supply spare units; stop shipment of the same batch until cleared.',
     72, 24, 24),
    ('B', 'Grade B: serious', 'B 级：严重',
     'Function impaired, production affected: technician on site within 48 hours; responsible units reply within 2 days.',
     'Give operating guidance; check the same batch in stock.',
     120, 48, 48),
    ('C', 'Grade C: general', 'C 级：一般',
     'Minor defect or appearance: remote guidance or scheduled visit; responsible units reply within 5 days.',
     'Explain the workaround to the customer.',
     240, 120, 120)
    ON CONFLICT DO NOTHING;

INSERT INTO defect_categories(code, name, name_zh) VALUES
    ('LEAK_EXT', 'External leakage', '外漏'),
    ('LEAK_SEAT', 'Seat leakage', '内漏'),
    ('STUCK', 'Sticking or jamming', '卡涩'),
    ('ACTUATOR', 'Actuator fault', '执行器故障'),
    ('POSITIONER', 'Positioner or signal fault', '定位器/信号故障'),
    ('DIMENSION', 'Wrong dimension or connection', '尺寸/连接错误'),
    ('MATERIAL', 'Material or corrosion', '材质/腐蚀'),
    ('DOCUMENTS', 'Missing documents or parts', '资料/附件缺失'),
    ('APPEARANCE', 'Appearance or paint', '外观/油漆')
    ON CONFLICT DO NOTHING;

INSERT INTO defect_causes(code, name, name_zh) VALUES
    ('DESIGN', 'Design', '设计'),
    ('MACHINING', 'Machining', '加工'),
    ('ASSEMBLY', 'Assembly', '装配'),
    ('PURCHASED', 'Purchased part', '外购件'),
    ('TESTING', 'Testing missed it', '检验漏检'),
    ('TRANSPORT', 'Packing and transport', '包装运输'),
    ('INSTALL', 'Installation on site', '现场安装'),
    ('OPERATION', 'Operation or maintenance by the user', '用户操作/维护'),
    ('SELECTION', 'Selection for the service conditions', '选型'),
    ('UNKNOWN', 'Not yet known', '待查')
    ON CONFLICT DO NOTHING;

INSERT INTO users(username, display_name, role, created_at)
    VALUES ('admin', 'Administrator', 'admin', CAST(strftime('%s', 'now') AS INTEGER))
    ON CONFLICT DO NOTHING;
