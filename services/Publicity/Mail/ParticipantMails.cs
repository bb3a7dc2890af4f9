using Justice.Contracts;
using Justice.Publicity.Domain.Events;

namespace Justice.Publicity.Mail;

/// <summary>
/// What participants are mailed, in the language they registered in. Links lead to the public website; the only secret a
/// link carries is the participant's own cancellation token, never who they are.
/// </summary>
public sealed class ParticipantMails(Uri publicAddress, TimeSpan codeValidFor)
{
    public (string Subject, string Body) Code(PublicEvent e, string language, string code) => Compose(language, e,
        new("Код за потвърждение", "Confirmation code", "Code de confirmation"),
        new($"За да потвърдите регистрацията си, въведете кода {code} на {Link(language, "events/confirm")}\nКодът важи {Hours} часа. Ако не сте се регистрирали, не правете нищо.",
            $"To confirm your registration, enter the code {code} at {Link(language, "events/confirm")}\nThe code is valid for {Hours} hours. If you did not register, do nothing.",
            $"Pour confirmer votre inscription, saisissez le code {code} sur {Link(language, "events/confirm")}\nLe code est valable {Hours} heures. Si vous ne vous êtes pas inscrit, ne faites rien."));

    public (string Subject, string Body) Confirmed(PublicEvent e, Registration registration, string cancellationToken) =>
        registration.Status == RegistrationStatus.Confirmed
            ? Compose(registration.Language, e, new("Регистрацията е потвърдена", "Registration confirmed", "Inscription confirmée"),
                new($"Мястото ви е запазено.{Cancel(registration.Language, cancellationToken)}",
                    $"Your seat is reserved.{Cancel(registration.Language, cancellationToken)}",
                    $"Votre place est réservée.{Cancel(registration.Language, cancellationToken)}"))
            : Compose(registration.Language, e, new("В списъка на чакащите сте", "You are on the waiting list", "Vous êtes sur la liste d'attente"),
                new($"Всички места са заети; ще ви пишем, ако се освободи място.{Cancel(registration.Language, cancellationToken)}",
                    $"Every seat is taken; we will write to you if one frees up.{Cancel(registration.Language, cancellationToken)}",
                    $"Toutes les places sont prises ; nous vous écrirons si une place se libère.{Cancel(registration.Language, cancellationToken)}"));

    public (string Subject, string Body) AlreadyRegistered(PublicEvent e, Registration registration, string cancellationToken) =>
        Compose(registration.Language, e, new("Вече сте регистрирани", "You are already registered", "Vous êtes déjà inscrit"),
            new($"Този адрес вече е регистриран за събитието; нова регистрация не е нужна.{Cancel(registration.Language, cancellationToken)}",
                $"This address is already registered for the event; no new registration is needed.{Cancel(registration.Language, cancellationToken)}",
                $"Cette adresse est déjà inscrite à l'événement ; aucune nouvelle inscription n'est nécessaire.{Cancel(registration.Language, cancellationToken)}"));

    public (string Subject, string Body) SeatFreed(PublicEvent e, Registration registration, string cancellationToken) =>
        Compose(registration.Language, e, new("Освободи се място за вас", "A seat has freed up for you", "Une place s'est libérée pour vous"),
            new($"Мястото ви е запазено.{Cancel(registration.Language, cancellationToken)}",
                $"Your seat is reserved.{Cancel(registration.Language, cancellationToken)}",
                $"Votre place est réservée.{Cancel(registration.Language, cancellationToken)}"));

    public (string Subject, string Body) EventCancelled(PublicEvent e, Registration registration) =>
        Compose(registration.Language, e, new("Събитието е отменено", "The event is cancelled", "L'événement est annulé"),
            new("Събитието, за което се регистрирахте, е отменено. Съжаляваме.",
                "The event you registered for is cancelled. We are sorry.",
                "L'événement auquel vous vous êtes inscrit est annulé. Nous en sommes désolés."));

    public (string Subject, string Body) Cancelled(PublicEvent e, Registration registration) =>
        Compose(registration.Language, e, new("Регистрацията е отменена", "Registration cancelled", "Inscription annulée"),
            new("Отменихте регистрацията си. Благодарим, че ни уведомихте.",
                "You cancelled your registration. Thank you for letting us know.",
                "Vous avez annulé votre inscription. Merci de nous avoir prévenus."));

    private double Hours => Math.Round(codeValidFor.TotalHours, 1);

    private string Link(string language, string path) => new Uri(publicAddress, $"{language}/{path}").ToString();

    private string Cancel(string language, string token)
    {
        var link = new Uri(publicAddress, $"{language}/events/cancel?token={Uri.EscapeDataString(token)}");
        return "\n" + new LocalizedText($"Ако не можете да дойдете, отменете регистрацията: {link}",
            $"If you cannot come, cancel your registration: {link}",
            $"Si vous ne pouvez pas venir, annulez votre inscription : {link}").In(language);
    }

    private static (string Subject, string Body) Compose(string language, PublicEvent e, LocalizedText subject, LocalizedText body)
    {
        var title = e.Title.InOrBulgarian(language);
        var when = new LocalizedText("Кога", "When", "Quand").In(language);
        var where = new LocalizedText("Къде", "Where", "Où").In(language);
        return ($"{subject.In(language)}: {title}",
            $"{title}\n{when}: {Texts.LocalTime(e.StartsAt)}\n{where}: {e.Venue}\n\n{body.In(language)}\n\n"
            + new LocalizedText("Правосъдието – приятел на детето", "Justice befriends the child", "La justice, amie de l'enfant").In(language));
    }
}
