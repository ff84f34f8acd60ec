using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Agreements;

/// <summary>
/// One grant or withdrawal of a user's personalisation consent (<c>User.PersonalisationConsent</c>), with where it was made:
/// the history that shows the consent behind each use of the user's behaviour (PIPL art. 14).
/// </summary>
public sealed class PersonalisationConsentChange : Entity
{
    private PersonalisationConsentChange()
    {
        Source = null!;
    }

    public Guid UserId { get; private set; }

    public bool Granted { get; private set; }

    public string Source { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static PersonalisationConsentChange Record(Guid userId, bool granted, string source, DateTimeOffset at) => new()
    {
        UserId = userId,
        Granted = granted,
        Source = Text.Required(source, AgreementLimits.ConsentSourceLength, AgreementErrors.InvalidConsentSource),
        At = at,
    };
}
