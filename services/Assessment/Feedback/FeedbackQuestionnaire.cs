using Justice.Contracts;

namespace Justice.Assessment.Feedback;

/// <summary>A choice a question offers: the value stored and its label for adults and for children.</summary>
public sealed record AnswerOption(string Value, LocalizedText Adult, LocalizedText Child);

/// <summary>One question, worded for adults and, more simply, for children.</summary>
/// <param name="Id">The stable id answers and summaries use.</param>
/// <param name="Kind"><see cref="FeedbackQuestionnaire.Rating"/> (1 to 5) or <see cref="FeedbackQuestionnaire.YesNo"/>.</param>
public sealed record FeedbackQuestion(string Id, string Kind, LocalizedText Adult, LocalizedText Child)
{
    public IReadOnlyList<AnswerOption> Options => Kind == FeedbackQuestionnaire.Rating ? FeedbackQuestionnaire.RatingOptions : FeedbackQuestionnaire.YesNoOptions;

    public LocalizedText For(string ageGroup) => ageGroup == VictimFacts.Child ? Child : Adult;

    public bool Accepts(string value) => Options.Any(option => option.Value == value);
}

/// <summary>
/// The questionnaire victims answer about the support they received (Directive 2012/29/EU: victims take part in
/// evaluating the service). Six questions; every one may be skipped; an optional comment.
/// </summary>
public static class FeedbackQuestionnaire
{
    public const string Rating = "rating";
    public const string YesNo = "yes-no";
    public const int MaxCommentLength = 500;

    public static readonly IReadOnlyList<AnswerOption> RatingOptions =
    [
        new("1", new("Изобщо не", "Not at all", "Pas du tout"), new("Не", "No", "Non")),
        new("2", new("Малко", "A little", "Un peu"), new("Малко", "A little", "Un peu")),
        new("3", new("Отчасти", "Partly", "En partie"), new("Наполовина", "Half and half", "À moitié")),
        new("4", new("В голяма степен", "Mostly", "En grande partie"), new("По-скоро да", "Mostly yes", "Plutôt oui")),
        new("5", new("Напълно", "Completely", "Tout à fait"), new("Да, напълно", "Yes, completely", "Oui, complètement")),
    ];

    public static readonly IReadOnlyList<AnswerOption> YesNoOptions =
    [
        new("yes", new("Да", "Yes", "Oui"), new("Да", "Yes", "Oui")),
        new("no", new("Не", "No", "Non"), new("Не", "No", "Non")),
        new("dont-know", new("Не знам", "I don't know", "Je ne sais pas"), new("Не съм сигурен/сигурна", "I'm not sure", "Je ne suis pas sûr(e)")),
    ];

    public static readonly IReadOnlyList<FeedbackQuestion> Questions =
    [
        new("listened", Rating,
            new("Чувствах, че ме изслушват.", "I felt listened to.", "Je me suis senti(e) écouté(e)."),
            new("Хората, които говориха с мен, ме изслушаха.", "The people who talked with me listened to me.",
                "Les personnes qui m'ont parlé m'ont écouté(e).")),
        new("understood", Rating,
            new("Разбрах какво се случва по моя случай.", "I understood what was happening in my case.",
                "J'ai compris ce qui se passait dans mon affaire."),
            new("Обясниха ми какво става така, че да разбера.", "They explained what was happening in a way I could understand.",
                "On m'a expliqué ce qui se passait d'une façon que j'ai comprise.")),
        new("safe", Rating,
            new("Чувствах се в безопасност.", "I felt safe.", "Je me suis senti(e) en sécurité."),
            new("Чувствах се в безопасност, докато бях там.", "I felt safe while I was there.",
                "Je me suis senti(e) en sécurité quand j'étais là.")),
        new("respected", Rating,
            new("Отнасяха се с мен с уважение.", "I was treated with respect.", "J'ai été traité(e) avec respect."),
            new("Хората бяха мили с мен.", "People were kind to me.", "Les gens ont été gentils avec moi.")),
        new("rights", YesNo,
            new("Бях информиран(а) за правата си.", "I was told about my rights.", "J'ai été informé(e) de mes droits."),
            new("Някой ми каза какви са моите права.", "Someone told me what my rights are.", "Quelqu'un m'a dit quels sont mes droits.")),
        new("recommend", YesNo,
            new("Бих препоръчал(а) тази помощ на човек в моето положение.", "I would recommend this support to someone in my situation.",
                "Je recommanderais cet accompagnement à quelqu'un dans ma situation."),
            new("Бих казал(а) на приятел, че тук могат да му помогнат.", "I would tell a friend that people here can help.",
                "Je dirais à un(e) ami(e) qu'ici, on peut l'aider.")),
    ];

    public static readonly LocalizedText AdultIntroduction = new(
        "Вашите отговори ни помагат да подобрим подкрепата за пострадалите. Те са анонимни: никой няма да ги свърже с Вашето име. Можете да пропуснете всеки въпрос.",
        "Your answers help us improve the support for victims. They are anonymous: nobody will link them to your name. You may skip any question.",
        "Vos réponses nous aident à améliorer l'accompagnement des victimes. Elles sont anonymes : personne ne les reliera à votre nom. Vous pouvez passer n'importe quelle question.");

    public static readonly LocalizedText ChildIntroduction = new(
        "Искаме да разберем как беше за теб. Няма верни и грешни отговори и никой няма да знае кои отговори са твоите. Можеш да пропуснеш всеки въпрос.",
        "We would like to know how it was for you. There are no right or wrong answers, and nobody will know which answers are yours. You can skip any question.",
        "Nous aimerions savoir comment ça s'est passé pour toi. Il n'y a pas de bonnes ou de mauvaises réponses, et personne ne saura quelles réponses sont les tiennes. Tu peux passer n'importe quelle question.");

    public static readonly LocalizedText AdultCommentPrompt = new(
        "Искате ли да ни кажете още нещо? (по желание; моля, не пишете имена)",
        "Is there anything else you would like to tell us? (optional; please do not write any names)",
        "Souhaitez-vous nous dire autre chose ? (facultatif ; merci de n'écrire aucun nom)");

    public static readonly LocalizedText ChildCommentPrompt = new(
        "Искаш ли да ни кажеш още нещо? (не е задължително; моля, не пиши имена)",
        "Is there anything else you want to tell us? (you don't have to; please don't write any names)",
        "Veux-tu nous dire autre chose ? (ce n'est pas obligatoire ; merci de n'écrire aucun nom)");

    public static FeedbackQuestion? Find(string id) => Questions.FirstOrDefault(question => question.Id == id);
}
