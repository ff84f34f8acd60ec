using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Agreements;

/// <summary>
/// The record that a user accepted an agreement version: when, on which platform and client version. Kept as the evidence
/// of consent (PIPL art. 14); an erased account's records keep only the pseudonymous user id (<see cref="Detach"/>).
/// </summary>
public sealed class AgreementAcceptance : Entity
{
    private AgreementAcceptance()
    {
    }

    public Guid UserId { get; private set; }

    public Guid AgreementVersionId { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    public AgreementPlatform Platform { get; private set; }

    public string? ClientVersion { get; private set; }

    /// <summary>The account was erased: drop the client version, the one detail that describes the person's device.</summary>
    public void Detach() => ClientVersion = null;

    internal static AgreementAcceptance Record(
        AgreementVersion version, Guid userId, AgreementPlatform platform, string? clientVersion, DateTimeOffset now)
    {
        var acceptance = new AgreementAcceptance
        {
            UserId = userId,
            AgreementVersionId = version.Id,
            AcceptedAt = now,
            Platform = platform,
            ClientVersion = Text.Optional(
                clientVersion, AgreementLimits.ClientVersionLength, () => AgreementErrors.InvalidVersion("The client version is too long.")),
        };
        acceptance.Raise(new AgreementAcceptedEvent(acceptance.Id, userId, version.Id, version.Kind));
        return acceptance;
    }
}
