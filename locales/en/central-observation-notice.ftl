# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = Notice of Centralized Medical Observation
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = Dear { $name },
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = Under the regulations on epidemic prevention and control, you are to stay under centralized medical observation at the site above for { $days } days, from { $start } to { $end }. During this period, please follow these rules:
# Heading of the numbered rules.
central-observation-notice-section-rules = During the observation period
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = Stay alone in the room assigned to you, and do not leave it without permission.
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = Do not visit other rooms; family and friends may not visit you.
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = Staff will take your temperature twice a day; please cooperate with them.
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = If you have fever, dry cough, fatigue, sore throat, loss of smell or taste or diarrhoea, tell the staff at once. If you need to go to hospital, you will be taken by ambulance ({ $ambulance }).
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = Your meals are brought to your door three times a day. Open the door only after the staff have left, and wear a mask when you take your meal in.
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = Put your waste in a bag, tie it up and leave it outside your door; the staff will collect it.
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = Where local rules say that you bear the costs of board and lodging during observation, please pay them as required. Any damage to the site’s facilities or property must be paid for.
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = When the observation period ends with no abnormal findings, the site will give you a notice of release from medical observation.
# Heading of the consequences.
central-observation-notice-section-consequences = If the rules are broken
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = Refusing to cooperate or leaving the site without permission can be punished under Article 50 of the Public Security Administration Punishments Law of the People’s Republic of China; causing the disease to spread carries criminal liability.
# Heading of the contact table.
central-observation-notice-section-contacts = Contacts
# Printed above the resident's signature.
central-observation-notice-acknowledge = I have read and understood this notice in full and will abide by it.
