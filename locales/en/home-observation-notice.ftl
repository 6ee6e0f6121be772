# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = Notice of Home Medical Observation
home-observation-notice-greeting = Dear { $name },
home-observation-notice-intro = Under the regulations on epidemic prevention and control, you are to stay under home medical observation at the address above for { $days } days, from { $start } to { $end }. During this period, please follow these rules:
home-observation-notice-section-rules = During the observation period
home-observation-notice-rule-stay = Do not leave your home.
home-observation-notice-rule-room = Live alone in a well-ventilated room with the door closed, and avoid contact with family members as far as possible.
home-observation-notice-rule-visitors = Receive no visitors; one designated person at most may look after you.
home-observation-notice-rule-temperature = Take your temperature every morning and every evening, and report it to your community the same day.
home-observation-notice-rule-symptoms = If you have fever, dry cough, fatigue, sore throat, loss of smell or taste or diarrhoea, report it to your community at once. If you need to go to a fever clinic, you will be taken by ambulance ({ $ambulance }); never use public transport.
home-observation-notice-rule-mask = Wear a mask whenever anyone is near you.
home-observation-notice-rule-tableware = Use your own towels and tableware, separate from others’.
home-observation-notice-rule-waste = Put used masks and tissues in a covered bin; double-bag your household waste and hand it to the community staff.
home-observation-notice-rule-supplies = If you need daily supplies, the community can deliver them on request.
home-observation-notice-section-consequences = If the rules are broken
home-observation-notice-consequence-transfer = Anyone who breaks the rules of home observation will be moved to centralized medical observation (at their own cost where local rules say so), and the observation period starts again.
home-observation-notice-consequence-law = Breaking the rules can be punished under Article 50 of the Public Security Administration Punishments Law of the People’s Republic of China; causing the disease to spread carries criminal liability.
home-observation-notice-section-contacts = Contacts
home-observation-notice-acknowledge = I have read and understood this notice in full and will abide by it.
