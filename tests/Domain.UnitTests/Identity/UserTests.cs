using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Domain.UnitTests.Identity;

public sealed class UserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SigningUpMakesALearnerWithAnEmptyProfile()
    {
        var user = User.SignUp("openid-1", "unionid-1", Key("k1"), Now);

        Assert.Equal("openid-1", user.OpenId);
        Assert.Equal("unionid-1", user.UnionId);
        Assert.Equal([Role.Learner], user.Roles);
        Assert.Equal(UserProfile.Empty, user.Profile);
        Assert.Equal(Now, user.CreatedAt);
        Assert.Equal(Now, user.LastLoginAt);
        Assert.False(user.PersonalisationConsent);
    }

    [Fact]
    public void LoggingInReplacesTheSessionKeyButKeepsAKnownUnionIdWhenWeChatOmitsIt()
    {
        var user = User.SignUp("openid-1", "unionid-1", Key("k1"), Now);

        user.RecordLogin(unionId: null, Key("k2"), Now.AddHours(1));

        Assert.Equal("unionid-1", user.UnionId);
        Assert.Equal("k2", user.SessionKey.Ciphertext);
        Assert.Equal(Now.AddHours(1), user.LastLoginAt);
        Assert.Equal(Now, user.CreatedAt);
    }

    [Fact]
    public void GrantingARoleTwiceKeepsOneEntry()
    {
        var user = User.SignUp("openid-1", null, Key("k1"), Now);

        user.Grant(Role.Admin);
        user.Grant(Role.Admin);

        Assert.Equal([Role.Learner, Role.Admin], user.Roles);
        Assert.True(user.HasRole(Role.Admin));
    }

    [Fact]
    public void SigningUpFailsWhenTheOpenIdIsMissing()
    {
        var error = Assert.Throws<DomainException>(() => User.SignUp(" ", null, Key("k1"), Now));

        Assert.Equal("USER_INVALID_OPENID", error.Code);
    }

    [Fact]
    public void ChoosingInterestsKeepsEachTagOnce()
    {
        var user = User.SignUp("openid-1", null, Key("k1"), Now);
        var tag = Guid.CreateVersion7();

        user.ChooseInterests([tag, tag]);

        Assert.Equal([tag], user.InterestTagIds);
    }

    [Fact]
    public void ChoosingInterestsFailsWhenThereAreTooMany()
    {
        var user = User.SignUp("openid-1", null, Key("k1"), Now);

        var error = Assert.Throws<DomainException>(() =>
            user.ChooseInterests(Enumerable.Range(0, IdentityLimits.MaxInterestTags + 1).Select(_ => Guid.CreateVersion7())));

        Assert.Equal("USER_TOO_MANY_INTERESTS", error.Code);
        Assert.Empty(user.InterestTagIds);
    }

    [Fact]
    public void ProfileTrimsTextAndTreatsBlankAsUnset()
    {
        var profile = UserProfile.Create("  小明 ", " ", Gender.Male, AgeBand.From25To34, null, "上海");

        Assert.Equal("小明", profile.Nickname);
        Assert.Null(profile.AvatarUrl);
        Assert.Equal("上海", profile.City);
    }

    [Fact]
    public void ProfileFailsWhenTheNicknameIsTooLong()
    {
        var error = Assert.Throws<DomainException>(() => UserProfile.Create(
            new string('x', IdentityLimits.NicknameLength + 1), null, Gender.Unspecified, AgeBand.Unspecified, null, null));

        Assert.Equal("USER_INVALID_PROFILE", error.Code);
    }

    private static EncryptedSessionKey Key(string ciphertext) => EncryptedSessionKey.Of(ciphertext, Now);
}
