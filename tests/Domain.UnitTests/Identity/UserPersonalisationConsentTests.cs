using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Domain.UnitTests.Identity;

public sealed class UserPersonalisationConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GrantingAndWithdrawingRaiseAChangeEachWithSourceAndTime()
    {
        var user = User.SignUp("openid-1", null, EncryptedSessionKey.Of("k", Now), Now);
        user.ClearDomainEvents();

        user.SetPersonalisationConsent(true, "onboarding", Now.AddMinutes(1));
        user.SetPersonalisationConsent(false, "settings", Now.AddMinutes(2));

        Assert.False(user.PersonalisationConsent);
        Assert.Equal(
            [
                new PersonalisationConsentChangedEvent(user.Id, true, "onboarding", Now.AddMinutes(1)),
                new PersonalisationConsentChangedEvent(user.Id, false, "settings", Now.AddMinutes(2)),
            ],
            user.DomainEvents());
    }

    [Fact]
    public void SettingTheConsentItAlreadyHasRaisesNothing()
    {
        var user = User.SignUp("openid-1", null, EncryptedSessionKey.Of("k", Now), Now);
        user.ClearDomainEvents();

        user.SetPersonalisationConsent(false, "settings", Now);

        Assert.Empty(user.DomainEvents());
    }
}
