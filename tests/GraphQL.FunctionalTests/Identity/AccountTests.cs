using System.Text.Json;
using KnowledgePay.Domain.Identity;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Identity;

/// <summary>The signed-in user's own account: phone binding through WeChat and the profile.</summary>
public abstract class AccountTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string BindPhoneMutation = """
        mutation($code: String!) { bindPhone(input: { code: $code }) { me { phoneNumber } errors { __typename ... on Error { code } } } }
        """;

    private const string UpdateProfileMutation = """
        mutation($input: UpdateProfileInput!) {
          updateProfile(input: $input) {
            me { profile { nickname gender ageBand city } interestTagIds personalisationConsent }
            errors { __typename ... on Error { code } }
          }
        }
        """;

    [Fact]
    public async Task StoresThePhoneNumberWeChatConfirmsAndShowsItMaskedWhenBindingWithAPhoneCode()
    {
        var session = await SignInAsync("o_alice");
        var code = await App.WeChat.PhoneCodeAsync("o_alice");

        var bound = (await session.Client.QueryAsync(BindPhoneMutation, new { code })).GetProperty("bindPhone");

        var phone = PhoneNumber.Parse((await App.WeChat.UserAsync("o_alice")).GetProperty("phone").GetString()).Masked();
        Assert.Empty(bound.PayloadErrors());
        Assert.Equal(phone, bound.GetProperty("me").GetProperty("phoneNumber").GetString());
        Assert.Equal(phone, (await session.Client.QueryAsync("{ me { phoneNumber } }")).GetProperty("me").GetProperty("phoneNumber").GetString());
    }

    [Fact]
    public async Task FetchesOneServerAccessTokenWhenTenPhoneBindingsRunAtOnce()
    {
        var session = await SignInAsync("o_alice");
        var codes = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            codes.Add(await App.WeChat.PhoneCodeAsync("o_alice"));
        }

        var results = await Task.WhenAll(codes.Select(code => Task.Run(() => session.Client.QueryAsync(BindPhoneMutation, new { code }))));

        Assert.All(results, result => Assert.Empty(result.GetProperty("bindPhone").PayloadErrors()));
        Assert.Equal(1, await App.WeChat.CallsAsync("getStableAccessToken"));
    }

    [Fact]
    public async Task ReturnsPhoneCodeInvalidWhenTheCodeIsUnknown()
    {
        var session = await SignInAsync("o_alice");

        var bound = (await session.Client.QueryAsync(BindPhoneMutation, new { code = "never-issued" })).GetProperty("bindPhone");

        Assert.Equal([("PhoneCodeInvalidError", "PHONE_CODE_INVALID")], bound.PayloadErrors());
        Assert.Equal("null", bound.GetProperty("me").GetRawText());
    }

    [Fact]
    public async Task AnswersNotAuthenticatedWhenBindingAPhoneWithoutSigningIn()
    {
        var bound = await Client.PostGraphQLAsync(BindPhoneMutation, new { code = "any" });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], bound.ErrorCodes);
        Assert.Equal(0, await App.WeChat.CallsAsync("getPhoneNumber"));
    }

    [Fact]
    public async Task ReplacesTheProfileWhenTheInputIsValid()
    {
        var tag = ATag();
        await App.AddAsync(tag);
        var session = await SignInAsync("o_alice");
        var tagId = GlobalId.Encode("Tag", tag.Id);

        var updated = await UpdateProfileAsync(session, new
        {
            nickname = "阿丽",
            gender = "FEMALE",
            ageBand = "FROM_25_TO_34",
            city = "杭州",
            interestTagIds = new[] { tagId },
            personalisationConsent = true,
        });

        var me = (await session.Client.QueryAsync("{ me { profile { nickname gender ageBand city } interestTagIds personalisationConsent } }"))
            .GetProperty("me");
        Assert.Empty(updated.PayloadErrors());
        Assert.Equal(me.GetRawText(), updated.GetProperty("me").GetRawText());
        Assert.Equal("阿丽", me.GetProperty("profile").GetProperty("nickname").GetString());
        Assert.Equal("FROM_25_TO_34", me.GetProperty("profile").GetProperty("ageBand").GetString());
        Assert.Equal([tagId], me.GetProperty("interestTagIds").EnumerateArray().Select(t => t.GetString()));
        Assert.True(me.GetProperty("personalisationConsent").GetBoolean());
    }

    [Fact]
    public async Task ReturnsUnknownInterestsWhenATagDoesNotExist()
    {
        var session = await SignInAsync("o_alice");

        var updated = await UpdateProfileAsync(session, new
        {
            gender = "UNSPECIFIED",
            ageBand = "UNSPECIFIED",
            interestTagIds = new[] { GlobalId.Encode("Tag", Guid.NewGuid()) },
            personalisationConsent = false,
        });

        Assert.Equal([("UserUnknownInterestsError", "USER_UNKNOWN_INTERESTS")], updated.PayloadErrors());
    }

    [Fact]
    public async Task ReturnsInvalidInputWhenTheAvatarIsNotHttps()
    {
        var session = await SignInAsync("o_alice");

        var updated = await UpdateProfileAsync(session, new
        {
            avatarUrl = "http://example.com/a.png",
            gender = "UNSPECIFIED",
            ageBand = "UNSPECIFIED",
            interestTagIds = Array.Empty<string>(),
            personalisationConsent = false,
        });

        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], updated.PayloadErrors());
        Assert.Equal("null", (await session.Client.QueryAsync("{ me { profile { avatarUrl } } }")).GetProperty("me").GetProperty("profile").GetProperty("avatarUrl").GetRawText());
    }

    private static async Task<JsonElement> UpdateProfileAsync(Session session, object input) =>
        (await session.Client.QueryAsync(UpdateProfileMutation, new { input })).GetProperty("updateProfile");
}

[Collection(SqliteCollection.Name)]
public sealed class AccountTestsOnSqlite(SqliteApp app) : AccountTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AccountTestsOnPostgreSql(PostgreSqlApp app) : AccountTests(app);
