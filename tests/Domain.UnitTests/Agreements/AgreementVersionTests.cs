using KnowledgePay.Domain.Agreements;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Agreements;

public sealed class AgreementVersionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void PublishingKeepsTheFieldsAndRaisesPublished()
    {
        var version = AgreementVersion.Publish(AgreementKind.PrivacyPolicy, " 2.0 ", "隐私政策", "正文", null, Now.AddDays(1), true, Now);

        Assert.Equal(("2.0", "隐私政策", "正文", (string?)null), (version.VersionLabel, version.Title, version.Body, version.Url));
        Assert.Equal((Now.AddDays(1), Now, true), (version.EffectiveAt, version.PublishedAt, version.RequiresReacceptance));
        Assert.Equal(
            [new AgreementVersionPublishedEvent(version.Id, AgreementKind.PrivacyPolicy, "2.0", Now.AddDays(1), true)],
            version.DomainEvents());
    }

    [Theory]
    [InlineData("1.0", "Title", null, null, 0)]
    [InlineData("1.0", "Title", "body", "https://example.com/terms", 0)]
    [InlineData("", "Title", "body", null, 0)]
    [InlineData("1.0", " ", "body", null, 0)]
    [InlineData("1.0", "Title", "body", null, -1)]
    public void PublishingRefusesAnInvalidVersion(string label, string title, string? body, string? url, int effectiveInMinutes)
    {
        var refused = Assert.Throws<DomainException>(() =>
            AgreementVersion.Publish(AgreementKind.UserAgreement, label, title, body, url, Now.AddMinutes(effectiveInMinutes), true, Now));

        Assert.Equal(AgreementErrors.InvalidVersionCode, refused.Code);
    }

    [Fact]
    public void AcceptingTheCurrentVersionRecordsTheAcceptanceAndRaisesAccepted()
    {
        var version = Published("1.0", Now);

        var acceptance = version.Accept(UserId, AgreementPlatform.Android, "8.0.50", version, Now.AddHours(1));

        Assert.Equal(
            (UserId, version.Id, Now.AddHours(1), AgreementPlatform.Android, (string?)"8.0.50"),
            (acceptance.UserId, acceptance.AgreementVersionId, acceptance.AcceptedAt, acceptance.Platform, acceptance.ClientVersion));
        Assert.Equal(
            [new AgreementAcceptedEvent(acceptance.Id, UserId, version.Id, AgreementKind.UserAgreement)], acceptance.DomainEvents());
    }

    [Fact]
    public void AcceptingASupersededVersionIsRefused()
    {
        var first = Published("1.0", Now);
        var second = Published("2.0", Now.AddDays(1));

        var refused = Assert.Throws<DomainException>(() => first.Accept(UserId, AgreementPlatform.Ios, null, second, Now.AddDays(2)));

        Assert.Equal(AgreementErrors.VersionSupersededCode, refused.Code);
    }

    [Fact]
    public void AcceptingAVersionNotYetInEffectIsRefused()
    {
        var current = Published("1.0", Now);
        var next = Published("2.0", Now.AddDays(1));

        var refused = Assert.Throws<DomainException>(() => next.Accept(UserId, AgreementPlatform.Ios, null, current, Now.AddHours(1)));

        Assert.Equal(AgreementErrors.VersionNotYetEffectiveCode, refused.Code);
    }

    [Fact]
    public void DetachingAnAcceptanceDropsTheClientVersionAndKeepsTheRest()
    {
        var version = Published("1.0", Now);
        var acceptance = version.Accept(UserId, AgreementPlatform.Ios, "8.0.50", version, Now);

        acceptance.Detach();

        Assert.Null(acceptance.ClientVersion);
        Assert.Equal((UserId, version.Id, Now), (acceptance.UserId, acceptance.AgreementVersionId, acceptance.AcceptedAt));
    }

    private static AgreementVersion Published(string label, DateTimeOffset effectiveAt) =>
        AgreementVersion.Publish(AgreementKind.UserAgreement, label, "用户协议", "正文", null, effectiveAt, true, Now);
}
