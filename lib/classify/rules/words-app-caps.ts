/**
 * Word rules, in order: The ChatGPT app's own caps (wording the app or its assistant paraphrase uses).
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const APP_CAP_RULES: WordRule[] = [
  // ─── The ChatGPT app's own caps (wording the app or its assistant paraphrase uses) ─────────────────────────
  {
    id: 'image-cooldown',
    kind: 'image-cooldown',
    patterns: [
      /\bgenerating images too quickly\b/i,
      /\bgénérez des images trop rapidement\b/i,
      /(?:이미지를?\s*)?너무\s*(?:빠르게|빨리)\s*(?:이미지를?\s*)?(?:생성|만들)/,
      /画像の?生成が速すぎ/,
      /(?:生成图(?:片|像)|图(?:片|像)生成)(?:的)?(?:速度)?(?:过|太)快/,
      /(?:產生|生成)(?:圖片|圖像)(?:的)?(?:速度)?(?:過|太)快/,
      /generando im[áa]genes demasiado r[áa]pido/i,
      /gerando imagens (?:r[áa]pido demais|muito r[áa]pido)/i,
      /\bgenerierst Bilder zu schnell|\bBilder zu schnell (?:generier|erstell)/i,
      /generando immagini troppo (?:velocemente|rapidamente)/i,
      /tạo (?:hình )?ảnh quá nhanh/i,
      /membuat gambar terlalu cepat/i,
      /(?:генерируете|создаёте|создаете) изображения слишком быстро/i,
      /çok hızlı görsel oluşturuyorsunuz|görselleri çok hızlı oluşturuyorsunuz/i,
      /generujesz obrazy zbyt szybko/i,
      /बहुत तेज़ी से इमेज बना/,
      /تنشئ الصور بسرعة كبيرة/,
      /สร้าง(?:ภาพ|รูป)เร็วเกินไป/,
      /genereert te snel afbeeldingen|afbeeldingen te snel genereert/i,
    ],
    langs: ['en', 'fr', 'ko', 'ja', 'zh', 'es', 'pt', 'de', 'it', 'vi', 'id', 'ru', 'tr', 'pl', 'hi', 'ar', 'th', 'nl'],
    strength: 'strong',
    reason: 'app cooldown: generating images too quickly',
    note:
      'image tool cooldown text (docs/chatgpt-protocol.md §5); French bot match ' +
      '(docs/chatgpt-protocol.md §7); ko/ja/zh guesses and the other ' +
      'languages (synthetic *-cooldown fixture lines) to validate live',
  },
  {
    id: 'image-plan-cap',
    kind: 'image-quota',
    patterns: [
      /\bplan limit for image generations?\b/i,
      /\bimage (?:creation|generation) limit\b/i,
      /\bout of (?:images|image creations)\b/i,
      /\b(?:create|generate|make) more images\b[^\n]{0,60}\blimit resets\b/i,
      /\bunable to (?:invoke|call|use) the image[ _.]?(?:gen|generation)[\w.]{0,20} tool\b/i,
      /\b(?:could(?:n['’]t| not)|can(?:['’]t|not)) (?:invoke|call|use) the image(?:[ _.]?(?:gen|generation|creation))?[\w.]{0,20} tool\b/i,
      /l[íi]mite de (?:creaci[óo]n|generaci[óo]n) de im[áa]genes/i,
      /l[íi]mite del plan [\w-]{1,20} para (?:las )?solicitudes de generaci[óo]n de im[áa]genes/i,
      /no pude (?:invocar|usar|llamar) la herramienta de (?:generaci[óo]n|creaci[óo]n) de im[áa]genes/i,
      new RegExp(
        String.raw`limite (?:do plano [\w-]{1,20} para (?:as )?solicita[çc][õo]es|de (?:cria[çc][ãa]o|gera[çc][ãa]o))` +
          ' de (?:gera[çc][ãa]o de )?imagens',
        'i',
      ),
      /n[ãa]o consegui (?:invocar|usar|chamar) a ferramenta de (?:gera[çc][ãa]o|cria[çc][ãa]o) de imagens/i,
      /limite (?:du forfait [\w-]{1,20} pour les demandes de g[ée]n[ée]ration|de (?:g[ée]n[ée]ration|cr[ée]ation)) d['’]images/i,
      /\bLimit\b[^.\n]{0,30}?\bfür (?:die )?Bild(?:generierung|erstellung)/i,
      /\bBildgenerierungstool\b[^.\n]{0,40}\bnicht\b/i,
      /limite (?:del piano [\w-]{1,20} per le richieste di generazione|di (?:creazione|generazione)) (?:di )?immagini/i,
    ],
    langs: ['en', 'es', 'pt', 'fr', 'de', 'it'],
    strength: 'strong',
    reason: 'image-generation cap wording (plan limit)',
    note:
      'cg-plan-*, cg-image-creation-limit-*, cg-out-of-images-tomorrow-1140, gemini-app-image-limit (origin makes ' +
      'it Google\'s), assistant paraphrase "unable to invoke the image_gen.text2im tool" (messages.md §9); es Team heading ' +
      '(es-team-heading-image-limit); fr assistant paraphrase (fr-assistant-limit-reached, a real transcript); the pt, ' +
      'de and it forms are synthetic fixture lines to validate live',
  },
  {
    id: 'image-plan-cap-ko',
    kind: 'image-quota',
    patterns: [
      /이미지\s*(?:생성|만들기|제작)[^.。\n]{0,40}(?:한도|제한|횟수)/,
      /(?:한도|제한)[^.。\n]{0,30}이미지/,
      /이미지\s*(?:생성|만들기)\s*가능\s*시간/,
      /이미지를?\s*(?:모두|다)\s*사용/,
    ],
    langs: ['ko'],
    strength: 'strong',
    reason: 'Korean image-generation limit wording',
    note:
      'cg-ko-30-days ("이미지 생성 가능 시간: 약 30일 뒤"), cg-ko-plan-limit-RECONSTRUCTED ("이미지 생성 요청 한도에 ' +
      '도달"); no verbatim ko template exists yet (docs/chatgpt-protocol.md §7): validate live',
  },
  {
    id: 'image-plan-cap-ja',
    kind: 'image-quota',
    patterns: [/画像を使い切り/, /画像(?:の)?(?:生成|作成)[^。\n]{0,20}上限/],
    langs: ['ja'],
    strength: 'strong',
    reason: 'Japanese image-generation limit wording',
    note: 'cg-ja-used-up ("画像を使い切りました"), cg-ja-limit-until-2149 ("画像生成の利用上限に達しています")',
  },
  {
    id: 'image-plan-cap-zh',
    kind: 'image-quota',
    patterns: [
      /(?:图像|图片)生成(?:请求)?(?:的)?上限/,
      /(?:图像|图片)(?:生成)?次数已用完/,
      /(?:圖片|圖像)(?:生成|產生)[^。\n]{0,10}上限/,
      /(?:无法|無法)(?:调用|使用|呼叫|調用)(?:图像|图片|圖片|圖像)生成工具/,
    ],
    langs: ['zh'],
    strength: 'strong',
    reason: 'Chinese image-generation limit wording',
    note: 'cg-zh-free-22h-spaced, cg-zh-plus-4h ("你已达到 … 套餐的图像生成请求上限"), blocked_features description',
  },
  {
    id: 'image-plan-cap-vi-th',
    kind: 'image-quota',
    patterns: [
      /hạn mức tạo ảnh|tạo ảnh[^.\n]{0,40}hạn mức/i,
      // "could not call/use … the image-creation tool" (the Thai form of "unable to invoke the image tool")
      /ไม่สามารถ(?:เรียก|ใช้)[^\n]{0,20}เครื่องมือ(?:การ)?สร้าง(?:ภาพ|รูป)/,
      // "image-creation quota / limit"
      /(?:โควตา|ขีดจำกัด|ขีดจำกัดการใช้งาน)[^\n]{0,20}(?:สร้าง)?(?:ภาพ|รูป)/,
      /สร้าง(?:ภาพ|รูป)[^\n]{0,20}ขีดจำกัด/,
      /giới hạn[^.\n]{0,40}tạo (?:hình )?ảnh/i,
    ],
    langs: ['vi', 'th'],
    strength: 'strong',
    reason: 'Vietnamese/Thai image-generation limit wording',
    note: 'cg-vi-assistant-6h44m ("hạn mức tạo ảnh đã hết"), cg-th-cannot-invoke-tool (seen on a real quota stop)',
  },
  {
    id: 'image-plan-cap-more',
    kind: 'image-quota',
    patterns: [
      /batas (?:paket [\w-]{1,20} untuk permintaan )?pembuatan gambar/i,
      /tidak (?:dapat|bisa) menggunakan alat pembuatan gambar/i,
      /лимит[а-яё]*[^.\n]{0,40}(?:генераци|создани)[а-яё]* изображени/i,
      /görsel oluşturma[^.\n]{0,20}sınır/i,
      /limit[^.\n]{0,40}(?:generowania|tworzenia) obraz/i,
      /इमेज जनरेशन[^।\n]{0,40}सीमा|इमेज जनरेशन टूल का उपयोग नहीं/,
      /حد[^.\n]{0,30}إنشاء الصور/,
      /limiet[^.\n]{0,60}afbeeldingen (?:te )?(?:genereren|maken)|limiet voor het (?:maken|genereren) van afbeeldingen/i,
    ],
    langs: ['id', 'ru', 'tr', 'pl', 'hi', 'ar', 'nl'],
    strength: 'strong',
    reason: 'image-generation limit wording (id, ru, tr, pl, hi, ar, nl)',
    note:
      "ru-test-input-limit-reached (a ChatGPT automation's test input); the rest are synthetic fixture lines " +
      '(*-plan-free-*, *-banner-tomorrow, *-assistant-*): validate live',
  },
  {
    id: 'feature-cap',
    kind: 'feature-cap',
    patterns: [
      new RegExp(
        String.raw`\byou(?:['’]ve| have) (?:hit|reached) (?:your|the) ` +
          String.raw`(?:(?:advanced )?data analysis|file uploads?|uploads?|deep research|voice|video)[\w ]{0,20} limit\b`,
        'i',
      ),
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'ChatGPT cap on another feature (not image generation)',
    note: 'cg-data-analysis-limit-1131 (same template as the image banner)',
  },
  {
    id: 'message-cap',
    kind: 'message-cap',
    patterns: [
      /\blimit of messages per hour\b/i,
      /\btoo many requests in 1 hour\b/i,
      /\bcurrent usage cap\b/i,
      /\bonly one message at a time\b/i,
      /\byou(?:['’]ve| have) (?:hit|reached) your (?:rate|usage|message) limit\b/i,
      /메시지\s*한도에\s*도달/,
    ],
    langs: ['en', 'ko'],
    strength: 'strong',
    reason: 'message or usage cap wording',
    note:
      'cg-backend-messages-per-hour-json, cg-you-hit-your-rate-limit, model_cap_exceeded message (docs/chatgpt-protocol.md ' +
      '§5); ko "메시지 한도에 도달했습니다" (blog wording, low reliability)',
  },
  {
    id: 'account-throttle',
    kind: 'account-throttle',
    patterns: [/\blimited access to your conversations\b/i, /\bmaking requests too quickly\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'ChatGPT account throttle ("Too many requests" dialog), not an image quota',
    note: 'cg-conversation-access-throttle-modal',
  },
  {
    id: 'unusual-activity',
    kind: 'unusual-activity',
    patterns: [/\bunusual activity\b/i, /비정상적인\s*활동/, /异常活动/],
    langs: ['en', 'ko', 'zh'],
    strength: 'strong',
    reason: 'unusual-activity (risk) block, not a plan quota',
    note: 'cg-unusual-activity; 403 "Unusual activity has been detected from your device" (docs/chatgpt-protocol.md §5)',
  },
];
