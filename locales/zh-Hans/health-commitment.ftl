# 健康承诺书: signed by a resident on arrival or on return to a compound,
# school or workplace.

health-commitment-title = 健康承诺书
health-commitment-intro = 为做好疫情防控工作，保护您和他人的健康，请如实填写以下信息，逐项作出声明，并签字确认。
health-commitment-section-info = 个人信息
health-commitment-section-declarations = 健康声明（请在“是”或“否”前的方框内打“✓”）
health-commitment-declare-case = 近 { $days } 天内，我曾被诊断为新冠肺炎确诊病例、疑似病例或无症状感染者。
health-commitment-declare-symptoms = 近 { $days } 天内，我曾出现发热（体温 ≥ { $threshold } ℃）、咳嗽、气促、乏力、咽痛、嗅觉或味觉减退、腹泻等症状之一。
health-commitment-declare-contact = 近 { $days } 天内，我曾接触确诊病例、疑似病例，或来自疫情发生地区的发热人员。
health-commitment-declare-building = 我所居住的楼栋内有确诊病例或疑似病例。
health-commitment-declare-medicine = 近 { $days } 天内，我曾服用退烧药物。
health-commitment-section-pledges = 本人郑重承诺
health-commitment-pledge-true = 以上填写的信息真实、准确、完整。
health-commitment-pledge-report = 如出现上述任何症状，立即向所在社区或单位报告，并按要求就医。
health-commitment-pledge-obey = 服从并配合医学观察、核酸检测等各项防控安排。
health-commitment-pledge-mask = 在公共场所和乘坐交通工具时全程佩戴口罩。
health-commitment-liability = 本人知悉：隐瞒或虚报信息、拒绝接受检测或隔离的，将依照《中华人民共和国传染病防治法》第十二条、第七十七条等规定承担相应法律责任，并可能被记入个人信用记录。
