#!/usr/bin/python3
"""Documents written to be hard on print layout, for the layout-quality check: a six-column table
of long drug names (as a clinic's formulary sheet has), long words and web addresses, nested
lists, callouts of several lengths at many positions on a page, colon lead-ins before lists and
tables, cross-references; in English, Spanish and Arabic. Written by this script (not by Folio's
authors) so that the check does not only see the shipped handout.

usage: stress_documents.py OUT_FOLDER   (writes OUT_FOLDER/<document>/<lang>.xml)
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<document version="1">
  <meta>
    <title>{title}</title>
    <language>{lang}</language>
    <identifier>urn:folio:test:{doc}</identifier>
    <publisher>Folio layout tests</publisher>
    <published>2026-12-01</published>
    <translation status="original"/>
    <sample/>
  </meta>
  <body>
"""
TAIL = "  </body>\n</document>\n"

DRUGS = {
    "en": {
        "headers": ["Generic name", "Brand name", "Target", "Approved for", "Given by", "Common side effects"],
        "rows": [
            ["Pembrolizumab", "Keytruda", "PD-1", "Melanoma, lung cancer, Hodgkin lymphoma", "Intravenous infusion", "Fatigue, itching, diarrhoea"],
            ["Atezolizumab", "Tecentriq", "PD-L1", "Urothelial carcinoma, hepatocellular carcinoma", "Intravenous infusion", "Nausea, cough, decreased appetite"],
            ["Tisagenlecleucel", "Kymriah", "CD19", "Acute lymphoblastic leukaemia", "Single infusion", "Cytokine release syndrome"],
            ["Axicabtagene ciloleucel", "Yescarta", "CD19", "Large B-cell lymphoma", "Single infusion", "Neurological toxicities"],
            ["Blinatumomab", "Blincyto", "CD19 and CD3", "Philadelphia chromosome-negative leukaemia", "Continuous infusion", "Pyrexia, headache, oedema"],
            ["Ipilimumab", "Yervoy", "CTLA-4", "Unresectable or metastatic melanoma", "Intravenous infusion", "Colitis, hepatotoxicity"],
        ],
        "caption": "Immunotherapy drugs: a formulary extract",
        "lead": "The drugs below are given in our day unit:",
        "text": ("Immunotherapy medicines are checked carefully before every treatment cycle. Your nurse "
                 "measures your temperature, blood pressure and weight, and asks about new symptoms such as "
                 "breathlessness, diarrhoea or extraordinary tiredness. Pharmacists double-check the "
                 "prescription, and the infusion is prepared immediately before it is given."),
        "callout": "When to call us straight away",
        "items": ["A temperature of 38 °C or higher", "Diarrhoea four or more times a day",
                  "Shortness of breath or a new cough", "Yellowing of your skin or the whites of your eyes"],
        "nested": ["Bring your medicines list", "Write down your questions"],
        "url": "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors?utm_source=folio-layout-test",
        "link_words": "the checkpoint inhibitor page of the National Cancer Institute",
        "see": "For the whole list, see",
    },
    "es": {
        "headers": ["Nombre genérico", "Nombre comercial", "Diana", "Indicaciones aprobadas", "Administración", "Efectos secundarios frecuentes"],
        "rows": [
            ["Pembrolizumab", "Keytruda", "PD-1", "Melanoma, cáncer de pulmón, linfoma de Hodgkin", "Infusión intravenosa", "Cansancio, picazón, diarrea"],
            ["Atezolizumab", "Tecentriq", "PD-L1", "Carcinoma urotelial, carcinoma hepatocelular", "Infusión intravenosa", "Náuseas, tos, inapetencia"],
            ["Tisagenlecleucel", "Kymriah", "CD19", "Leucemia linfoblástica aguda", "Infusión única", "Síndrome de liberación de citocinas"],
            ["Blinatumomab", "Blincyto", "CD19 y CD3", "Leucemia con cromosoma Filadelfia negativo", "Infusión continua", "Fiebre, cefalea, edema"],
        ],
        "caption": "Medicamentos de inmunoterapia: extracto del formulario",
        "lead": "Estos medicamentos se administran en nuestro hospital de día:",
        "text": ("Los medicamentos inmunoterapéuticos se revisan cuidadosamente antes de cada ciclo de "
                 "tratamiento. Su enfermera mide su temperatura, su presión arterial y su peso, y le pregunta "
                 "por síntomas nuevos como dificultad para respirar, diarrea o un cansancio extraordinario. "
                 "Los farmacéuticos comprueban la prescripción, y la infusión se prepara inmediatamente antes."),
        "callout": "Cuándo llamarnos de inmediato",
        "items": ["Una temperatura de 38 °C o más", "Diarrea cuatro o más veces al día",
                  "Dificultad para respirar o tos nueva", "Color amarillento de la piel o de los ojos"],
        "nested": ["Traiga la lista de sus medicamentos", "Anote sus preguntas"],
        "url": "https://www.cancer.gov/espanol/cancer/tratamiento/tipos/inmunoterapia/inhibidores-de-puntos-de-control",
        "link_words": "la página del Instituto Nacional del Cáncer sobre los inhibidores de puntos de control",
        "see": "Para ver la lista completa, consulte",
    },
    "ar": {
        "headers": ["الاسم العلمي", "الاسم التجاري", "الهدف", "دواعي الاستعمال", "طريقة الإعطاء", "الآثار الجانبية الشائعة"],
        "rows": [
            ["بيمبروليزوماب", "كيترودا", "PD-1", "الورم الميلانيني وسرطان الرئة", "تسريب وريدي", "التعب والحكة والإسهال"],
            ["أتيزوليزوماب", "تيسنتريك", "PD-L1", "سرطان الخلايا الانتقالية والسرطان الكبدي", "تسريب وريدي", "الغثيان والسعال وفقدان الشهية"],
            ["بليناتوموماب", "بلينسيتو", "CD19", "ابيضاض الدم الليمفاوي الحاد", "تسريب مستمر", "الحمى والصداع والوذمة"],
        ],
        "caption": "أدوية العلاج المناعي: مقتطف من قائمة الأدوية",
        "lead": "تُعطى الأدوية التالية في وحدة الرعاية النهارية:",
        "text": ("تُراجَع أدوية العلاج المناعي بعناية قبل كل دورة علاجية. تقيس الممرضة درجة حرارتك وضغط دمك "
                 "ووزنك، وتسألك عن الأعراض الجديدة مثل ضيق التنفس أو الإسهال أو التعب الشديد. ويتحقق "
                 "الصيادلة من الوصفة الطبية، ويُحضَّر التسريب قبل إعطائه مباشرة."),
        "callout": "متى تتصل بنا فورًا",
        "items": ["حرارة ٣٨ درجة مئوية أو أكثر", "إسهال أربع مرات أو أكثر في اليوم",
                  "ضيق في التنفس أو سعال جديد", "اصفرار الجلد أو بياض العينين"],
        "nested": ["أحضر قائمة أدويتك", "اكتب أسئلتك"],
        "url": "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors",
        "link_words": "صفحة المعهد الوطني للسرطان عن مثبطات نقاط التفتيش المناعية",
        "see": "للاطلاع على القائمة كاملة، راجع",
    },
}


def paragraph(text, ident):
    return f'      <p id="{ident}">{escape(text)}</p>\n'


def table(words, ident):
    out = [f'      <table id="{ident}">\n        <caption>{escape(words["caption"])}</caption>\n        <thead>\n          <tr>']
    out += [f'<th scope="col">{escape(h)}</th>' for h in words["headers"]]
    out.append("</tr>\n        </thead>\n        <tbody>\n")
    for row in words["rows"]:
        out.append("          <tr>" + f'<th scope="row">{escape(row[0])}</th>' + "".join(f"<td>{escape(c)}</td>" for c in row[1:]) + "</tr>\n")
    out.append("        </tbody>\n      </table>\n")
    return "".join(out)


def callout(words, ident, length):
    items = "".join(f"<li>{escape(i)}</li>" for i in (words["items"] * 3)[:length])
    nested = "".join(f"<li>{escape(i)}</li>" for i in words["nested"])
    return (f'      <callout kind="warning" id="{ident}">\n        <title>{escape(words["callout"])}</title>\n'
            f'        <ul><li>{escape(words["items"][0])}<ul>{nested}</ul></li>{items}</ul>\n      </callout>\n')


def document(lang, words):
    doc = "layout-stress"
    body = [f'    <section id="formulary">\n      <title>{escape(words["caption"])}</title>\n']
    body.append(f'      <p>{escape(words["lead"])}</p>\n')
    body.append(table(words, "drugs"))
    body.append(f'      <p>{escape(words["see"])} <a href="{escape(words["url"])}">{escape(words["link_words"])}</a>.</p>\n')
    body.append("    </section>\n")
    # Callouts of 1 to 12 items after 1 to 6 paragraphs: the boxes fall at every height of a page.
    for k in range(1, 13):
        body.append(f'    <section id="visit-{k}">\n      <title>{escape(words["callout"])} {k}</title>\n')
        for p in range(1 + k % 6):
            body.append(paragraph(words["text"], f"visit-{k}-p{p}"))
        body.append(f'      <p>{escape(words["lead"])}</p>\n')
        body.append(f'      <ol>{"".join(f"<li>{escape(i)}</li>" for i in words["nested"] + words["items"][:k % 4])}</ol>\n')
        body.append(callout(words, f"call-{k}", k))
        body.append(f'      <p>{escape(words["see"])} <xref to="drugs"/>.</p>\n')
        body.append("    </section>\n")
    return HEAD.format(title=escape(words["caption"]), lang=lang, doc=doc) + "".join(body) + TAIL


def main():
    out = Path(sys.argv[1])
    for lang, words in DRUGS.items():
        folder = out / "layout-stress"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{lang}.xml").write_text(document(lang, words), encoding="utf-8")


if __name__ == "__main__":
    main()
