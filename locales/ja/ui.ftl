# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = 告知 · 外国人向け告知書の印刷窓口
ui-nav-documents = 文書
ui-nav-roster = 名簿から一括印刷
ui-interface-language = 画面の言語
ui-privacy-note = このツールは住民の情報を保存しません。入力内容とアップロードした名簿はメモリ上でのみ処理され、ディスクにもログにも残りません。

## Home page

ui-home-heading = 印刷する文書を選んでください
ui-home-open = 入力して印刷
ui-thumbnail-alt = { $title }（見本）
ui-home-roster-heading = 名簿から一括印刷
ui-home-roster-text = CSV または Excel の名簿をアップロードすると、住民ごとの PDF を ZIP でダウンロードできます。
ui-home-roster-button = 名簿をアップロード
ui-office-heading = 使用中の機関情報
ui-office-hotline = ホットライン
ui-office-contacts = 連絡先
ui-office-source = 機関情報ファイル
ui-office-sample = 組み込みの見本（examples/office.toml）です。住民向けに印刷する前に、--office で自機関の情報ファイルを指定してください。

## Document page

ui-doc-back = ← 文書の一覧へ
ui-doc-language-heading = 住民の言語
ui-doc-resident-language = 住民が読む言語
ui-doc-language-auto = 国籍から自動で選ぶ
ui-doc-layout = レイアウト
ui-layout-bilingual = 中国語と住民の言語（対訳）
ui-layout-chinese = 中国語のみ
ui-layout-translation = 住民の言語のみ（中国語版が正本である旨を記載）
ui-doc-details = 住民の情報
ui-required-note = * の付いた項目は必須です。
ui-doc-optional-resident = 入力は任意です。国籍を入れると、その国の大使館の電話番号が印刷されます。
ui-required = 必須
ui-field-first-day = （初日）
ui-field-list-hint = （複数の場所はカンマで区切る）
ui-choose = 選択してください
ui-countries-common = この窓口でよくある国籍
ui-countries-all = すべての国と地域
ui-download = PDF をダウンロード
ui-print = PDF を開いて印刷
ui-errors-heading = 先に次の点を直してください：
ui-preview = プレビュー（1 ページ目）
ui-preview-waiting = 必須項目を入力すると、ここにプレビューが表示されます。
ui-preview-updating = プレビューを更新しています…
ui-preview-failed = プレビューに失敗しました。少ししてからもう一度お試しください。
ui-preview-alt = 文書 1 ページ目のプレビュー
ui-noscript = JavaScript が無効なのでプレビューは表示されませんが、PDF のダウンロードと印刷はできます。

## Roster page

ui-roster-heading = 名簿から一括印刷
ui-roster-intro = 名簿の 1 行目は見出しです（氏名、国籍、旅券番号、生年月日、住所、観察開始日、言語など）。すべての行を先に確認し、問題はまとめて表示します。
ui-roster-file = 名簿ファイル（CSV または Excel、最大 { $mb } MB、{ $rows } 行まで）
ui-roster-document = 印刷する文書
ui-roster-document-column = 名簿の「文書」列に従う
ui-roster-language = 名簿に言語がない行に使う言語
ui-roster-check = 名簿を確認
ui-roster-again = ← 別の名簿をアップロード
ui-roster-report = 名簿の確認結果
ui-roster-all-valid = すべての行（{ $valid } 行）を印刷できます。
ui-roster-summary = 印刷できる行：{ $valid }。問題のある行：{ $invalid }（下の表を参照）。
ui-roster-ignored = 次の列は住民の情報ではないため無視しました：{ $columns }
ui-roster-nothing = 印刷できる行がありません。表を直してからもう一度アップロードしてください。
ui-roster-skip-invalid = 問題のある { $invalid } 行を飛ばし、残りを印刷する
ui-roster-fix = 表を直してアップロードし直すこともできます。飛ばした行は ZIP 内の rejected.csv に記載されます。
ui-roster-render = PDF を作成（{ $valid } 件）
ui-roster-progress = 作成中：{ $done } / { $total }
ui-roster-done = 完了：PDF { $done } 件。
ui-roster-refresh = 進み具合を更新
ui-roster-download = ZIP をダウンロード（PDF と manifest.csv）
ui-roster-download-note = ZIP のダウンロードは 1 回限りです。ダウンロード後または 30 分後に、サーバー上の名簿とファイルは消去されます。
ui-roster-expired = この名簿の作業はもうありません（ダウンロード後または 30 分後に消去されます）。名簿をもう一度アップロードしてください。
ui-roster-failed = PDF の作成に失敗しました：{ $reason }
ui-roster-col-row = 行
ui-roster-col-column = 列
ui-roster-col-value = 内容
ui-roster-col-reason = 問題点

## Errors

ui-error-too-large = ファイルが大きすぎます（最大 { $mb } MB）。名簿を分けてアップロードしてください。
ui-error-form-too-large = 入力内容が長すぎます（最大 { $kb } KB）。
ui-error-too-many-rows = 名簿は { $rows } 行ありますが、一度に { $max } 行までです。分けてアップロードしてください。
ui-error-no-file = 先に名簿ファイルを選んでください。
ui-error-file-type = アップロードできるのは CSV（.csv）または Excel（.xlsx、.xls、.ods）ファイルだけです。
ui-error-bad-upload = アップロードされた内容を読み取れません。ファイルを選び直してアップロードしてください。
ui-error-bad-form = フォームの内容を読み取れません。ページを再読み込みしてもう一度お試しください。
ui-error-roster = 名簿を読み取れません：{ $reason }
ui-error-not-found = このページはありません。
ui-error-token = アクセス用のトークンが必要です。起動時に表示されたアドレス（?token= 付き）で開いてください。
ui-error-host = このツールは、このコンピューター（localhost または 127.0.0.1）宛てのアクセスにだけ応答します。
ui-error-busy = 処理中の名簿が多すぎます。少ししてから、または完成した名簿をダウンロードしてからお試しください。
ui-error-internal = 内部エラー：{ $reason }

## Dates, card sheets, refusals

ui-date-year = 年
ui-date-month = 月
ui-date-day = 日
ui-doc-sheet = A4 用紙 1 枚にカードを並べる（切り離して使用）
ui-error-cross-origin = このリクエストは別のウェブページから送られたため、拒否しました。このツールの画面から操作してください。
ui-error-choose-document = 先に印刷する文書を選んでください。
ui-roster-unreadable-workbook = この Excel ファイルを開けません。破損している可能性があります。Excel で .xlsx または CSV として保存し直し、もう一度アップロードしてください。
ui-roster-unreadable-encoding = この CSV ファイルの文字コードを判別できません。Excel で「CSV UTF-8」として保存し、もう一度アップロードしてください。
ui-roster-unreadable-no-name = 名簿に氏名の列がありません。1 行目は見出しで、その中に「姓名」（または name）という列が必要です。

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = この項目は必須です。
ui-reason-date = この日付は存在しません。年・月・日を確認してください。
ui-reason-date-year = { $year } 年は正しくないようです。確認してください。
ui-reason-country = その国・地域はありません。一覧から選んでください（KR、KOR、South Korea のような書き方も使えます）。
ui-reason-sex = 女性、男性、または記載なしを選んでください。
ui-reason-language = その言語の翻訳はありません。一覧から選んでください。
ui-reason-number = 適切な整数を入力してください。
ui-reason-control = 目に見えない制御文字（{ $code }）が含まれています。削除して入力し直してください。
ui-reason-glyph = 文字「{ $character }」（{ $code }）はどのフォントにもないため印刷できません。別の書き方にしてください。
ui-reason-not-text = 文字として読み取れません。もう一度入力してください。
ui-reason-document = 名簿の文書の列に、存在しない文書が書かれています。
ui-reason-no-document = 文書が指定されていません。アップロード時に文書を選ぶか、名簿に文書の列（文书）を追加してください。
ui-reason-other = 印刷できません：{ $detail }
