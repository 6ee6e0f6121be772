# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = An Open Letter to Foreign Residents
# Salutation.
open-letter-greeting = Dear foreign friends,
# The situation, in one sentence, and what follows.
open-letter-situation = The prevention and control of the epidemic is at a critical stage. To protect your health and safety and that of others, we ask for your understanding and support for the following measures:
# Request: follow official information.
open-letter-request-information = Get information on the epidemic and on the measures in force from official government sources, and do not believe or spread rumours.
# Request: go out less.
open-letter-request-stay-home = Go out as little as possible, avoid parties and shared meals, and stay away from crowded places.
# Request: hygiene and distance.
open-letter-request-hygiene = Wear a mask when you go out, wash your hands often, air your rooms, and keep at least { $distance } m from other people.
# Request: report travel and health truthfully.
open-letter-request-report = Report your travel, your contacts and your health truthfully. If you have come (or returned) here from abroad or from another region in the last { $days } days, report this to your community on your own initiative.
# Request: obey the law and the measures.
open-letter-request-law = Obey the laws and regulations of China and the prevention measures, and cooperate with your community in health monitoring, medical observation and other work.
# Request: register with the police.
open-letter-request-register = If you are not staying in a hotel, register with the local police within { $hours } hours of moving in.
# Where to get help; the contact table follows.
open-letter-help = If you need help, call the 24-hour hotline { $hotline } or the citizen service hotline { $citizen }, or contact the staff below or your embassy or consulate. If you have fever or other symptoms, call an ambulance ({ $ambulance }); do not take public transport.
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = The 24-hour hotline { $hotline } can advise you and interpret for you in these languages:
# Closing thanks.
open-letter-thanks = Thank you for your understanding, support and cooperation. Together we will get through this.
