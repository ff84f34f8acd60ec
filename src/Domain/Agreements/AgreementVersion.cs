using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Agreements;

/// <summary>
/// One published version of the user agreement or the privacy policy: its text (or where it is published), when it takes
/// effect and whether users who accepted an earlier version must accept it again (a wording fix need not). Immutable once
/// published; the version in effect is the latest whose effective time has come (<see cref="AgreementTerms"/>).
/// </summary>
public sealed class AgreementVersion : Entity
{
    private AgreementVersion()
    {
        VersionLabel = null!;
        Title = null!;
    }

    public AgreementKind Kind { get; private set; }

    public string VersionLabel { get; private set; }

    public string Title { get; private set; }

    public string? Body { get; private set; }

    public string? Url { get; private set; }

    public DateTimeOffset EffectiveAt { get; private set; }

    public bool RequiresReacceptance { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Orders versions of a kind: by effective time, then publication, then id (ids are time-ordered).</summary>
    public (DateTimeOffset EffectiveAt, DateTimeOffset PublishedAt, Guid Id) Order => (EffectiveAt, PublishedAt, Id);

    public static AgreementVersion Publish(
        AgreementKind kind,
        string versionLabel,
        string title,
        string? body,
        string? url,
        DateTimeOffset effectiveAt,
        bool requiresReacceptance,
        DateTimeOffset now)
    {
        var text = Text.Optional(body, AgreementLimits.BodyLength, () => AgreementErrors.InvalidVersion("The body is too long."));
        var link = Text.Optional(url, AgreementLimits.UrlLength, () => AgreementErrors.InvalidVersion("The URL is too long."));
        if ((text is null) == (link is null))
        {
            throw AgreementErrors.InvalidVersion("A version has either its body text or the URL where it is published.");
        }

        // Terms apply from when users can read them, never retroactively (PIPL art. 17: the rules are disclosed before processing).
        if (effectiveAt < now)
        {
            throw AgreementErrors.InvalidVersion("A version cannot take effect before it is published.");
        }

        var version = new AgreementVersion
        {
            Kind = kind,
            VersionLabel = Text.Required(
                versionLabel, AgreementLimits.VersionLabelLength, () => AgreementErrors.InvalidVersion("The version label is empty or too long.")),
            Title = Text.Required(title, AgreementLimits.TitleLength, () => AgreementErrors.InvalidVersion("The title is empty or too long.")),
            Body = text,
            Url = link,
            EffectiveAt = effectiveAt,
            RequiresReacceptance = requiresReacceptance,
            PublishedAt = now,
        };
        version.Raise(new AgreementVersionPublishedEvent(version.Id, kind, version.VersionLabel, effectiveAt, requiresReacceptance));
        return version;
    }

    /// <summary>
    /// The user accepts this version, which must be the one in effect (<paramref name="current"/>): accepting a superseded
    /// or future version would record consent to terms the user was not shown as the ones that apply (PIPL art. 14, 17).
    /// </summary>
    public AgreementAcceptance Accept(
        Guid userId, AgreementPlatform platform, string? clientVersion, AgreementVersion? current, DateTimeOffset now)
    {
        if (EffectiveAt > now)
        {
            throw AgreementErrors.VersionNotYetEffective();
        }

        if (current?.Id != Id)
        {
            throw AgreementErrors.VersionSuperseded();
        }

        return AgreementAcceptance.Record(this, userId, platform, clientVersion, now);
    }
}
