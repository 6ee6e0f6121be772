# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = 健康誓約書
health-commitment-intro = 感染症の予防・抑制対策を徹底し、あなたとほかの方々の健康を守るため、以下の情報を事実どおりに記入し、各項目について申告したうえで、署名してください。
health-commitment-section-info = 個人情報
health-commitment-section-declarations = 健康状態の申告（「はい」または「いいえ」の前の四角に「✓」を記入してください）
health-commitment-declare-case = 過去{ $days }日以内に、新型コロナウイルス感染症の確定患者、疑い例または無症状感染者と診断されたことがあります。
health-commitment-declare-symptoms = 過去{ $days }日以内に、発熱（体温{ $threshold }℃以上）、せき、息切れ、倦怠感、のどの痛み、嗅覚または味覚の低下、下痢などの症状のいずれかがありました。
health-commitment-declare-contact = 過去{ $days }日以内に、確定患者もしくは疑い例、または感染が発生している地域から来た発熱のある人と接触したことがあります。
health-commitment-declare-building = 私が住んでいる建物（棟）に、確定患者または疑い例がいます。
health-commitment-declare-medicine = 過去{ $days }日以内に、解熱剤を服用したことがあります。
health-commitment-section-pledges = 私は次のとおり誓約します
health-commitment-pledge-true = 上記に記入した情報は、事実であり、正確で漏れのないものです。
health-commitment-pledge-report = 上記のいずれかの症状が現れた場合は、直ちにお住まいの社区（地域の住民委員会）または勤務先・学校に報告し、指示に従って医療機関を受診します。
health-commitment-pledge-obey = 医学観察、核酸検査（PCR検査）などの各種感染防止措置に従い、協力します。
health-commitment-pledge-mask = 公共の場所にいるとき、および交通機関を利用するときは、常にマスクを着用します。
health-commitment-liability = 私は、情報を隠したり偽ったりした場合、または検査や隔離を拒否した場合には、「中華人民共和国伝染病防治法」第12条・第77条などの規定に基づき相応の法的責任を負い、社会信用システムの個人記録に記載される可能性があることを承知しています。
