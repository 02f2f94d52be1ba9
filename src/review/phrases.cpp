#include "review/phrases.hpp"

#include <map>

namespace folio::review {

auto phrases_for(std::string_view language) -> const language_phrases& {
    // Kept short and literal: each entry is a phrase authors of patient material are told to
    // avoid (WCAG 2.2 G91 for link text, H37/F30 for alt text; PEMAT-P item 20 for actions).
    static const std::map<std::string, language_phrases, std::less<>> lists = {
        {"en",
         {{"image of", "picture of", "photo of", "photograph of", "graphic of", "illustration of", "drawing of"},
          {},
          {"click here", "here", "click", "more", "read more", "learn more", "more info", "this link", "link", "this page"},
          {"when to call", "when to get help", "what to do", "what you can do", "call", "ask", "steps", "before your", "after your"},
          {"means", "meaning", "is called", "are called", "called", "known as", "that is", "which is", "such as"},
          {"is a", "is an", "is the", "are"},
          5}},
        {"es",
         {{"imagen de", "foto de", "fotografía de", "ilustración de", "gráfico de", "dibujo de"},
          {},
          {"haga clic aquí", "haz clic aquí", "pulse aquí", "aquí", "clic aquí", "más", "leer más", "más información", "este enlace", "enlace"},
          {"cuándo llamar", "cuándo pedir ayuda", "qué hacer", "qué puede hacer", "llame", "pregunte", "pasos", "antes de", "después de"},
          {"significa", "quiere decir", "se llama", "se llaman", "llamado", "llamada", "conocido como", "conocida como", "es decir"},
          {"es un", "es una", "es el", "es la", "son"},
          7}},
        {"ar",
         {{"صورة", "صوره", "رسم توضيحي", "رسمة"},
          {},
          {"اضغط هنا", "انقر هنا", "هنا", "المزيد", "اقرأ المزيد", "هذا الرابط", "رابط"},
          {"متى تتصل", "متى تطلب", "ماذا تفعل", "ما يمكنك", "اتصل", "اسأل", "خطوات"},
          {"يعني", "تعني", "يسمى", "تسمى", "أي"},
          {"هو", "هي"},
          0}},
        {"hi",
         {{"चित्र:", "तस्वीर:", "छवि:"},
          {"की तस्वीर", "का चित्र", "की छवि", "की फ़ोटो", "की फोटो"},
          {"यहाँ क्लिक करें", "यहां क्लिक करें", "यहाँ", "यहां", "और पढ़ें", "अधिक", "लिंक", "यह लिंक"},
          {"कब कॉल करें", "कब फ़ोन करें", "क्या करें", "आप क्या कर सकते", "कॉल करें", "पूछें", "चरण"},
          {"मतलब", "अर्थ", "कहते हैं", "कहा जाता"},
          {"एक", "यानी"},
          0}},
        {"vi",
         {{"hình ảnh", "bức ảnh", "ảnh chụp", "hình vẽ", "hình minh họa"},
          {},
          {"bấm vào đây", "nhấn vào đây", "nhấp vào đây", "tại đây", "đây", "xem thêm", "liên kết", "liên kết này"},
          {"khi nào cần gọi", "khi nào nên gọi", "cần làm gì", "bạn có thể làm gì", "hãy gọi", "hỏi", "các bước"},
          {"nghĩa là", "có nghĩa", "được gọi là", "gọi là"},
          {"là"},
          0}},
        {"zh",
         {{"图片", "图像", "照片", "插图", "图示"},
          {"的图片", "的图像", "的照片", "的插图"},
          {"点击这里", "点击此处", "这里", "此处", "更多", "阅读更多", "了解更多", "链接"},
          {"何时打电话", "何时就医", "怎么办", "您可以做什么", "请致电", "询问", "步骤"},
          {"是指", "意思是", "称为", "叫做", "即"},
          {"是"},
          0}},
    };
    static const language_phrases none;
    const auto primary = language.substr(0, language.find('-'));
    const auto found = lists.find(primary);
    return found == lists.end() ? none : found->second;
}

}  // namespace folio::review
