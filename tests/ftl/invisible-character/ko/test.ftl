hello = 안녕​하세요
