# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = 외국인 여러분께 드리는 공개서한
# Salutation.
open-letter-greeting = 외국인 친구 여러분께
# The situation, in one sentence, and what follows.
open-letter-situation = 현재 감염병 예방·통제는 중요한 고비를 맞고 있습니다. 여러분과 다른 사람의 건강과 안전을 지키기 위하여 다음 방역 조치에 대한 이해와 협조를 부탁드립니다.
# Request: follow official information.
open-letter-request-information = 감염병 상황과 방역 지침은 정부의 공식 경로를 통해 확인하시고, 유언비어를 믿거나 퍼뜨리지 마십시오.
# Request: go out less.
open-letter-request-stay-home = 외출을 최대한 줄이고, 모임과 회식을 피하며, 사람이 많이 모이는 장소에 가지 마십시오.
# Request: hygiene and distance.
open-letter-request-hygiene = 외출할 때에는 마스크를 착용하고, 손을 자주 씻고, 자주 환기하며, 다른 사람과 { $distance }미터 이상 거리를 유지하십시오.
# Request: report travel and health truthfully.
open-letter-request-report = 여행 이력, 접촉 이력, 건강 상태를 사실대로 보고하십시오. 최근 { $days }일 이내에 해외나 다른 지역에서 이곳으로 오신(돌아오신) 분은 거주지 커뮤니티에 자진하여 신고해 주십시오.
# Request: obey the law and the measures.
open-letter-request-law = 중국의 법률·법규와 각종 방역 규정을 준수하고, 커뮤니티의 건강 모니터링, 의학 관찰 등에 협조해 주십시오.
# Request: register with the police.
open-letter-request-register = 호텔이 아닌 곳에 거주하시는 경우, 입주 후 { $hours }시간 이내에 거주지 공안기관에서 숙박 등록을 하십시오.
# Where to get help; the contact table follows.
open-letter-help = 도움이 필요하시면 24시간 서비스 핫라인 { $hotline } 또는 시민 서비스 핫라인 { $citizen }에 전화하시거나, 아래 담당자 또는 본국 주중 대사관·총영사관에 연락하십시오. 발열 등의 증상이 나타나면 구급차({ $ambulance })를 부르시고, 대중교통은 이용하지 마십시오.
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = 24시간 핫라인 { $hotline }에서는 다음 언어로 상담과 통역을 제공합니다.
# Closing thanks.
open-letter-thanks = 감염병 예방·통제에 대한 여러분의 이해와 지지, 협조에 감사드립니다. 함께 힘을 모아 어려움을 이겨 냅시다.
