using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.UnitTests.Identity;

public sealed class UserErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ErasingLeavesNothingThatIdentifiesThePerson()
    {
        var user = Profiled();

        user.Erase(Now.AddDays(20));

        Assert.Equal($"erased:{user.Id:N}", user.OpenId);
        Assert.Null(user.UnionId);
        Assert.Null(user.Phone);
        Assert.Equal(UserProfile.Empty, user.Profile);
        Assert.Null(user.HeldNickname);
        Assert.Empty(user.InterestTagIds);
        Assert.False(user.PersonalisationConsent);
        Assert.Equal(string.Empty, user.SessionKey.Ciphertext);
        Assert.Empty(user.Roles);
        Assert.Equal(user.CreatedAt, user.LastLoginAt);
        Assert.Equal(Now.AddDays(20), user.ErasedAt);
        Assert.True(user.IsErased);
    }

    [Fact]
    public void ErasingTwiceKeepsTheFirstErasureTime()
    {
        var user = Profiled();
        user.Erase(Now.AddDays(20));

        user.Erase(Now.AddDays(21));

        Assert.Equal(Now.AddDays(20), user.ErasedAt);
    }

    [Fact]
    public void ErasedAccountsGetDistinctPlaceholderOpenIds()
    {
        var first = Profiled();
        var second = Profiled();

        first.Erase(Now);
        second.Erase(Now);

        Assert.NotEqual(first.OpenId, second.OpenId);
    }

    private static User Profiled()
    {
        var user = User.SignUp("o_alice", "u_alice", EncryptedSessionKey.Of("cipher", Now), Now);
        user.Grant(Role.Admin);
        user.BindPhone(EncryptedPhone.Of("cipher-phone", "index-phone"));
        user.UpdateProfile(UserProfile.Create("阿丽", "https://cdn.example.com/a.png", Gender.Female, AgeBand.From25To34, "Teacher", "杭州"));
        user.UpdateProfile(
            UserProfile.Create("新名字", null, Gender.Female, AgeBand.From25To34, null, null), ModerationHoldReason.SensitiveWord);
        user.ChooseInterests([Guid.CreateVersion7()]);
        user.SetPersonalisationConsent(true, "onboarding", Now);
        user.RecordLogin(null, EncryptedSessionKey.Of("cipher2", Now.AddDays(1)), Now.AddDays(1));
        return user;
    }
}
