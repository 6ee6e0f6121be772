about = { -brand } 소개
