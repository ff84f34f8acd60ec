using KnowledgePay.Domain.Agreements;

namespace KnowledgePay.Domain.UnitTests.Agreements;

public sealed class AgreementTermsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheCurrentVersionIsTheLatestInEffect()
    {
        var first = Published("1.0", Now, true);
        var second = Published("2.0", Now.AddDays(1), true);
        var future = Published("3.0", Now.AddDays(10), true);

        Assert.Null(AgreementTerms.Current([first, second, future], Now.AddMinutes(-1)));
        Assert.Equal(first, AgreementTerms.Current([first, second, future], Now));
        Assert.Equal(second, AgreementTerms.Current([future, second, first], Now.AddDays(2)));
    }

    [Fact]
    public void AUserWhoAcceptedNothingIsAskedForTheCurrentVersionEvenWhenItNeedsNoReacceptance()
    {
        var first = Published("1.0", Now, true);
        var minor = Published("1.1", Now.AddDays(1), false);

        Assert.Equal(minor, AgreementTerms.ToAccept([first, minor], new HashSet<Guid>(), Now.AddDays(2)));
    }

    [Fact]
    public void AVersionRequiringReacceptanceAsksAgainAndAMinorOneDoesNot()
    {
        var first = Published("1.0", Now, true);
        var second = Published("2.0", Now.AddDays(1), true);
        var minor = Published("2.1", Now.AddDays(2), false);

        Assert.Null(AgreementTerms.ToAccept([first], new HashSet<Guid> { first.Id }, Now.AddDays(3)));
        Assert.Equal(second, AgreementTerms.ToAccept([first, second], new HashSet<Guid> { first.Id }, Now.AddDays(3)));
        Assert.Null(AgreementTerms.ToAccept([first, second], new HashSet<Guid> { first.Id, second.Id }, Now.AddDays(3)));
        Assert.Null(AgreementTerms.ToAccept([first, second, minor], new HashSet<Guid> { first.Id, second.Id }, Now.AddDays(3)));
        Assert.Equal(minor, AgreementTerms.ToAccept([first, second, minor], new HashSet<Guid> { first.Id }, Now.AddDays(3)));
    }

    [Fact]
    public void AVersionNotYetInEffectAsksNoOne()
    {
        var first = Published("1.0", Now, true);
        var second = Published("2.0", Now.AddDays(5), true);

        Assert.Null(AgreementTerms.ToAccept([first, second], new HashSet<Guid> { first.Id }, Now.AddDays(1)));
    }

    [Fact]
    public void NothingPublishedAsksNothing() =>
        Assert.Null(AgreementTerms.ToAccept([], new HashSet<Guid>(), Now));

    private static AgreementVersion Published(string label, DateTimeOffset effectiveAt, bool requiresReacceptance) =>
        AgreementVersion.Publish(AgreementKind.PrivacyPolicy, label, "隐私政策", null, "https://example.com/p", effectiveAt, requiresReacceptance, Now);
}
