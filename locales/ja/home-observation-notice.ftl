# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = 自宅医学観察に関する通知書
home-observation-notice-greeting = { $name } 様
home-observation-notice-intro = 感染症対策に関する規定に基づき、あなたには上記の住所で{ $days }日間、自宅医学観察を受けていただく必要があります。期間は{ $start }から{ $end }までです。観察期間中は、以下の事項を守ってください。
home-observation-notice-section-rules = 観察期間中の注意事項
home-observation-notice-rule-stay = 自宅観察期間中は外出しないでください。
home-observation-notice-rule-room = 風通しのよい部屋で一人で過ごし、部屋のドアを閉め、家族との接触はできるだけ避けてください。
home-observation-notice-rule-visitors = 来客はお断りしてください。身の回りの世話をするのは、指定された一人までとします。
home-observation-notice-rule-temperature = 毎日、朝と夜に一回ずつ体温を測り、その日のうちに社区（地域の住民委員会）へ報告してください。
home-observation-notice-rule-symptoms = 発熱、乾いたせき、倦怠感、のどの痛み、嗅覚または味覚の低下、下痢などの症状が現れた場合は、直ちに社区へ報告してください。発熱外来を受診する必要がある場合は、救急車（{ $ambulance }）で搬送されます。公共交通機関は利用しないでください。
home-observation-notice-rule-mask = 周りに人がいるときは、マスクを着用してください。
home-observation-notice-rule-tableware = タオルや食器などは自分専用のものを使い、ほかの人と共用しないでください。
home-observation-notice-rule-waste = 使用済みのマスクやティッシュはふた付きのごみ箱に捨ててください。生活ごみは二重の袋に入れて、社区のスタッフに渡してください。
home-observation-notice-rule-supplies = 生活用品が必要な場合は、社区に連絡すれば代わりに届けてもらえます。
home-observation-notice-section-consequences = 規定に違反した場合
home-observation-notice-consequence-transfer = 自宅観察の規定に違反した場合は、集中医学観察に移され（地域の規定により、費用が自己負担となる場合があります）、観察期間は最初から数え直されます。
home-observation-notice-consequence-law = 規定に違反した場合は、「中華人民共和国治安管理処罰法」第50条に基づき処罰されることがあります。感染を拡大させた場合は、法に基づき刑事責任が問われます。
home-observation-notice-section-contacts = 連絡先
home-observation-notice-acknowledge = 私は本通知書の内容をすべて読んで理解しました。これを守ることを誓約します。
