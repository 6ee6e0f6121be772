hello = дЦ╨ц
bye = тыр┼
