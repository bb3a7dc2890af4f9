using Justice.Contracts;

namespace Justice.Publicity.Domain.Events;

/// <summary>The consent a participant gives when registering; stored word for word with the registration.</summary>
public static class Consent
{
    public static readonly LocalizedText Wording = new(
        "Съгласен/на съм Министерството на правосъдието да обработва името, електронната ми поща и организацията ми, за да ме "
        + "регистрира за това събитие, да ми изпраща съобщения за него и да отчита участниците. Данните ми се заличават при поискване.",
        "I agree that the Ministry of Justice processes my name, e-mail address and organisation to register me for this event, "
        + "to send me messages about it and to count its participants. My data is erased when I ask.",
        "J'accepte que le ministère de la Justice traite mon nom, mon adresse électronique et mon organisation pour m'inscrire à "
        + "cet événement, m'envoyer des messages à son sujet et compter ses participants. Mes données sont effacées à ma demande.");
}
