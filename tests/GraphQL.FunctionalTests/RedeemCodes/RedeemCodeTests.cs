using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.RedeemCodes;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.RedeemCodes;

/// <summary>卡密: admins mint batches of single-use codes; users redeem them once, and wrong guesses are throttled.</summary>
public abstract class RedeemCodeTests(KnowledgePayApp app) : OrdersTest(app)
{
    /// <summary>The product's limits (Infrastructure's RedeemCodeThrottle).</summary>
    private const int FailuresPerUser = 5;
    private const int FailuresPerAddress = 20;

    private const string Failure = "errors { __typename ... on Error { code } }";
    private const string GenerateMutation = $$"""
        mutation($input: GenerateRedeemCodesInput!) {
          generateRedeemCodes(input: $input) { batch { id kind offerId label count expiresAt codes csv } {{Failure}} }
        }
        """;

    private const string RedeemMutation = $$"""
        mutation($input: RedeemCodeInput!) { redeemCode(input: $input) { redeemed { kind offerId course { title } } {{Failure}} } }
        """;

    [Fact]
    public async Task AnAdminGetsABatchOfUniqueCodesOnceAndOnlyTheirHashesAreStored()
    {
        var course = await AddPaidCourseAsync();
        var admin = await AdminAsync();

        var batch = await GenerateAsync(admin, course.Id, count: 200);

        var codes = batch.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(200, codes.Count);
        Assert.Equal(200, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches($"^[{RedeemCodeFormat.Alphabet}]{{4}}(-[{RedeemCodeFormat.Alphabet}]{{4}}){{3}}$", c));
        var csv = batch.GetProperty("csv").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,label,expires_at", csv[0]);
        Assert.Equal(codes, csv.Skip(1).Select(line => line.Split(',')[0]));
        Assert.Equal(GlobalId.Encode("Course", course.Id), batch.GetProperty("offerId").GetString());
        var hashes = await App.ReadAsync(db => db.RedeemCodes.Select(c => c.CodeHash).ToListAsync());
        Assert.Equal(codes.Select(RedeemCodeFormat.Hash).Order(), hashes.Order());
        Assert.Empty(hashes.Intersect(codes));
    }

    [Fact]
    public async Task ACodeForAMembershipPlanMakesItsRedeemerAMember()
    {
        var course = await AddPaidCourseAsync();
        var plan = Offer.MembershipPlan("渠道月卡", null, Money.Fen(6800), 30, [course.Id], 0, PriceGuardrails.None, DateTimeOffset.UtcNow);
        await App.AddAsync(plan);
        var admin = await AdminAsync();
        var user = await SignInAsync("o_plan_redeemer");
        var input = new { offerId = GlobalId.Encode("Offer", plan.Id), count = 1, expiresAt = DateTimeOffset.UtcNow.AddDays(90), label = "Channel B" };

        var generated = (await admin.Client.QueryAsync(GenerateMutation, new { input })).GetProperty("generateRedeemCodes");
        var code = generated.GetProperty("batch").GetProperty("codes")[0].GetString()!;
        var redeemed = await RedeemAsync(user, code);
        var memberships = await user.Client.QueryAsync("{ myMembership { planTitle courses { id } } }");

        Assert.Empty(generated.PayloadErrors());
        Assert.Equal("MEMBERSHIP", generated.GetProperty("batch").GetProperty("kind").GetString());
        Assert.Empty(redeemed.PayloadErrors());
        var membership = Assert.Single(memberships.GetProperty("myMembership").EnumerateArray());
        Assert.Equal("渠道月卡", membership.GetProperty("planTitle").GetString());
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(user.Client, course.Id)));
    }

    [Fact]
    public async Task OnlyAdminsGenerateCodes()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_learner");
        var input = GenerateInput(course.Id, 3);

        var asLearner = await learner.Client.PostGraphQLAsync(GenerateMutation, new { input });
        var anonymous = await App.Client.PostGraphQLAsync(GenerateMutation, new { input });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.RedeemCodes.CountAsync()));
    }

    [Fact]
    public async Task ABatchForAMissingCourseOrOfMoreThanTheLimitChangesNothing()
    {
        var course = await AddPaidCourseAsync();
        var admin = await AdminAsync();

        var missing = await GenerateRawAsync(admin, GenerateInput(Guid.NewGuid(), 3));
        var tooMany = await GenerateRawAsync(admin, GenerateInput(course.Id, RedeemCodeLimits.MaxBatchSize + 1));
        var expired = await GenerateRawAsync(admin, GenerateInput(course.Id, 3, DateTimeOffset.UtcNow.AddDays(-1)));

        Assert.Equal([("NotFoundError", "NOT_FOUND")], missing.PayloadErrors());
        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], tooMany.PayloadErrors());
        Assert.Equal([("RedeemCodeBatchInvalidError", RedeemCodeErrors.InvalidBatchCode)], expired.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.RedeemCodeBatches.CountAsync()));
    }

    [Fact]
    public async Task ACodeGivesItsCourseOnceWhateverWayItIsTyped()
    {
        var course = await AddPaidCourseAsync();
        var code = await OneCodeAsync(course.Id);
        var user = await SignInAsync("o_user");
        var other = await SignInAsync("o_other");

        var redeemed = await RedeemAsync(user, $"  {code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant()} ");
        var retried = await RedeemAsync(user, code);
        var reused = await RedeemAsync(other, code);

        Assert.Empty(redeemed.PayloadErrors());
        Assert.Equal("COURSE", redeemed.GetProperty("redeemed").GetProperty("kind").GetString());
        Assert.Equal(course.Title, redeemed.GetProperty("redeemed").GetProperty("course").GetProperty("title").GetString());
        Assert.Empty(retried.PayloadErrors());
        Assert.Equal([("RedeemCodeUsedError", RedeemCodeErrors.UsedCode)], reused.PayloadErrors());
        Assert.Equal(1, await GrantsAsync());
    }

    [Fact]
    public async Task OfManyConcurrentRedemptionsOfOneCodeExactlyOneWins()
    {
        var course = await AddPaidCourseAsync();
        var code = await OneCodeAsync(course.Id);
        var users = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => SignInAsync($"o_racer_{i}")));

        var results = await Task.WhenAll(users.Select(u => RedeemAsync(u, code)));

        Assert.Single(results, r => r.PayloadErrors().Count == 0);
        Assert.All(results.Where(r => r.PayloadErrors().Count > 0),
            r => Assert.Equal([("RedeemCodeUsedError", RedeemCodeErrors.UsedCode)], r.PayloadErrors()));
        Assert.Equal(1, await GrantsAsync());
        Assert.Equal(1, await App.ReadAsync(db => db.RedeemCodes.CountAsync(c => c.RedeemedBy != null)));
    }

    [Fact]
    public async Task AnExpiredCodeGivesNothing()
    {
        var course = await AddPaidCourseAsync();
        var generated = RedeemCodeBatch.Generate(OfferRef.ForCourse(course.Id), 1, Epoch.AddDays(30), "Expired channel", Guid.NewGuid(), Epoch);
        await App.AddAsync([generated.Batch, .. generated.Codes]);
        var user = await SignInAsync("o_user");

        var redeemed = await RedeemAsync(user, generated.PlainCodes[0]);

        Assert.Equal([("RedeemCodeExpiredError", RedeemCodeErrors.ExpiredCode)], redeemed.PayloadErrors());
        Assert.Equal(0, await GrantsAsync());
    }

    [Fact]
    public async Task AnonymousCallersCannotRedeem()
    {
        var course = await AddPaidCourseAsync();
        var code = await OneCodeAsync(course.Id);

        var redeemed = await App.Client.PostGraphQLAsync(RedeemMutation, new { input = new { code } });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], redeemed.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.RedeemCodes.CountAsync(c => c.RedeemedBy != null)));
    }

    [Fact]
    public async Task AGuessingUserIsThrottledAndTheRefusalSpendsNothing()
    {
        var course = await AddPaidCourseAsync();
        var code = await OneCodeAsync(course.Id);
        var guesser = await SignInAsync("o_guesser");
        const string address = "198.51.100.7";
        var guesses = new List<JsonElement>();
        for (var i = 0; i < FailuresPerUser; i++)
        {
            guesses.Add(await RedeemFromAsync(guesser, address, RedeemCodeFormat.New()));
        }

        var throttled = await RedeemFromAsync(guesser, address, code);
        var elsewhere = await RedeemFromAsync(guesser, "198.51.100.8", code);
        var someoneElse = await RedeemFromAsync(await SignInAsync("o_honest"), address, code);

        Assert.All(guesses, g => Assert.Equal([("RedeemCodeInvalidError", RedeemCodeErrors.InvalidCode)], g.PayloadErrors()));
        Assert.Equal([("RedeemRateLimitedError", RedeemCodeErrors.RateLimitedCode)], throttled.PayloadErrors());
        Assert.Equal([("RedeemRateLimitedError", RedeemCodeErrors.RateLimitedCode)], elsewhere.PayloadErrors());
        Assert.Empty(someoneElse.PayloadErrors());
        Assert.Equal(1, await GrantsAsync());
    }

    [Fact]
    public async Task GuessingFromOneAddressIsThrottledForEveryAccountThere()
    {
        var course = await AddPaidCourseAsync();
        var code = await OneCodeAsync(course.Id);
        const string address = "203.0.113.9";
        var guessers = await Task.WhenAll(Enumerable.Range(0, FailuresPerAddress / (FailuresPerUser - 1)).Select(i => SignInAsync($"o_bot_{i}")));
        foreach (var guesser in guessers)
        {
            for (var i = 0; i < FailuresPerUser - 1; i++)
            {
                Assert.Equal([("RedeemCodeInvalidError", RedeemCodeErrors.InvalidCode)], (await RedeemFromAsync(guesser, address, RedeemCodeFormat.New())).PayloadErrors());
            }
        }

        var newcomer = await SignInAsync("o_newcomer");
        var throttled = await RedeemFromAsync(newcomer, address, code);
        var elsewhere = await RedeemFromAsync(newcomer, "203.0.113.10", code);

        Assert.Equal([("RedeemRateLimitedError", RedeemCodeErrors.RateLimitedCode)], throttled.PayloadErrors());
        Assert.Empty(elsewhere.PayloadErrors());
        Assert.Equal(1, await GrantsAsync());
    }

    private static object GenerateInput(Guid courseId, int count, DateTimeOffset? expiresAt = null) => new
    {
        courseId = GlobalId.Encode("Course", courseId),
        count,
        expiresAt = expiresAt ?? DateTimeOffset.UtcNow.AddDays(90),
        label = "Channel A",
    };

    private static async Task<JsonElement> GenerateRawAsync(Session admin, object input) =>
        (await admin.Client.QueryAsync(GenerateMutation, new { input })).GetProperty("generateRedeemCodes");

    private static async Task<JsonElement> GenerateAsync(Session admin, Guid courseId, int count)
    {
        var generated = await GenerateRawAsync(admin, GenerateInput(courseId, count));
        Assert.Empty(generated.PayloadErrors());
        return generated.GetProperty("batch");
    }

    private async Task<string> OneCodeAsync(Guid courseId) =>
        (await GenerateAsync(await AdminAsync(), courseId, 1)).GetProperty("codes")[0].GetString()!;

    private static async Task<JsonElement> RedeemAsync(Session user, string code) =>
        (await user.Client.QueryAsync(RedeemMutation, new { input = new { code } })).GetProperty("redeemCode");

    /// <summary>Redeems as <paramref name="user"/> connecting from <paramref name="address"/> (the test server's connection).</summary>
    private async Task<JsonElement> RedeemFromAsync(Session user, string address, string code)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = RedeemMutation, variables = new { input = new { code } } });
        var context = await App.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = GraphQLClientExtensions.Endpoint;
            http.Request.ContentType = "application/json";
            http.Request.Headers.Authorization = user.Client.DefaultRequestHeaders.Authorization!.ToString();
            http.Request.Body = new MemoryStream(body);
        });
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        var response = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone();
        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        return response.GetProperty("data").GetProperty("redeemCode");
    }

    /// <summary>The OfferGranted events (audited) that redeemed codes raised.</summary>
    private Task<int> GrantsAsync() =>
        App.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == "OfferGranted" && e.EntityType == nameof(RedeemCode)));
}

[Collection(SqliteCollection.Name)]
public sealed class RedeemCodeTestsOnSqlite(SqliteApp app) : RedeemCodeTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class RedeemCodeTestsOnPostgreSql(PostgreSqlApp app) : RedeemCodeTests(app);
