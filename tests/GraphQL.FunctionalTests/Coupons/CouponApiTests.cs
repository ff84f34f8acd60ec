using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Coupons;

/// <summary>Coupons through /graphql: who may do what, the claim flow and the typed errors of bad input.</summary>
public abstract class CouponApiTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string CreateMutation = """
        mutation($input: CreateCouponInput!) {
          createCoupon(input: $input) {
            coupon { id title kind code claimedCount scope { kind categoryIds } }
            errors { __typename ... on Error { code } }
          }
        }
        """;

    private const string ClaimMutation = """
        mutation($input: ClaimCouponInput!) {
          claimCoupon(input: $input) {
            userCoupon { id code state validUntil coupon { id title } }
            errors { __typename ... on Error { code } }
          }
        }
        """;

    private const string UpdateMutation = """
        mutation($input: UpdateCouponInput!) { updateCoupon(input: $input) { coupon { id title totalStock } errors { __typename ... on Error { code } } } }
        """;

    private const string EndMutation = """
        mutation($input: EndCouponInput!) { endCoupon(input: $input) { coupon { id status } errors { __typename ... on Error { code } } } }
        """;

    private const string IssueMutation = """
        mutation($input: IssueCouponInput!) {
          issueCoupon(input: $input) { issue { issued skippedAtLimit skippedOutOfStock unknownUsers } errors { __typename ... on Error { code } } }
        }
        """;

    public static TheoryData<string> AdminOnlyOperations => new() { "createCoupon", "updateCoupon", "endCoupon", "issueCoupon", "coupons" };

    [Theory]
    [MemberData(nameof(AdminOnlyOperations))]
    public async Task AdminOperationsRefuseAnonymousCallersAndLearnersAndChangeNothing(string operation)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        var couponId = await CreateAsync(admin, TenYuanOff());
        var before = await RowCountsAsync();

        var anonymous = await SendAsync(Client, operation, couponId, learner.UserId);
        var asLearner = await SendAsync(learner.Client, operation, couponId, learner.UserId);
        var afterRefusals = await RowCountsAsync();
        var asAdmin = await SendAsync(admin.Client, operation, couponId, learner.UserId);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Equal(before, afterRefusals);
        Assert.Empty(asAdmin.ErrorCodes);
        if (operation != "coupons")
        {
            Assert.Empty(asAdmin.Data.GetProperty(operation).PayloadErrors());
        }
    }

    [Fact]
    public async Task ClaimingAndMyCouponsNeedASignInWhileClaimableCouponsAreForAnyone()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var couponId = await CreateAsync(admin, TenYuanOff());

        var anonymousClaim = await Client.PostGraphQLAsync(ClaimMutation, new { input = new { couponId } });
        var anonymousMine = await Client.PostGraphQLAsync("{ myCoupons { nodes { id } } }");
        var anonymousList = await Client.PostGraphQLAsync("{ claimableCoupons { nodes { id title code } } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousClaim.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousMine.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.UserCoupons.CountAsync()));
        var listed = Assert.Single(anonymousList.Data.Nodes("claimableCoupons"));
        Assert.Equal((couponId, JsonValueKind.Null), (listed.GetProperty("id").GetString(), listed.GetProperty("code").ValueKind));
    }

    [Fact]
    public async Task ALearnerClaimsAListedCouponOnceAndSeesItInMyCoupons()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        var couponId = await CreateAsync(admin, TenYuanOff());

        var claimed = (await learner.Client.QueryAsync(ClaimMutation, new { input = new { couponId } })).GetProperty("claimCoupon");
        var again = (await learner.Client.QueryAsync(ClaimMutation, new { input = new { couponId } })).GetProperty("claimCoupon");
        var mine = await learner.Client.QueryAsync("{ myCoupons(state: AVAILABLE) { nodes { id code state coupon { title } } } }");
        var claimable = await learner.Client.QueryAsync("{ claimableCoupons { nodes { id } } }");

        Assert.Empty(claimed.PayloadErrors());
        var copy = claimed.GetProperty("userCoupon");
        Assert.Equal(("AVAILABLE", couponId), (copy.GetProperty("state").GetString(), copy.GetProperty("coupon").GetProperty("id").GetString()));
        Assert.Equal([("CouponPerUserLimitReachedError", "COUPON_PER_USER_LIMIT_REACHED")], again.PayloadErrors());
        var listed = Assert.Single(mine.Nodes("myCoupons"));
        Assert.Equal(copy.GetProperty("code").GetString(), listed.GetProperty("code").GetString());
        Assert.Equal("10元券", listed.GetProperty("coupon").GetProperty("title").GetString());
        Assert.Empty(claimable.Nodes("claimableCoupons"));
    }

    [Fact]
    public async Task ALearnerClaimsAnUnlistedCouponByItsCode()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        var couponId = await CreateAsync(admin, TenYuanOff(code: "WELCOME10", isPublic: false));

        var byId = (await learner.Client.QueryAsync(ClaimMutation, new { input = new { couponId } })).GetProperty("claimCoupon");
        var byCode = (await learner.Client.QueryAsync(ClaimMutation, new { input = new { code = "welcome10" } })).GetProperty("claimCoupon");
        var unknown = (await learner.Client.QueryAsync(ClaimMutation, new { input = new { code = "NOPE-NOPE" } })).GetProperty("claimCoupon");

        Assert.Equal([("CouponNotClaimableError", "COUPON_NOT_CLAIMABLE")], byId.PayloadErrors());
        Assert.Empty(byCode.PayloadErrors());
        Assert.Equal([("CouponUnknownError", "COUPON_UNKNOWN")], unknown.PayloadErrors());
    }

    [Fact]
    public async Task BadDefinitionsGetTypedErrorsAndCreateNothing()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await CreateAsync(admin, TenYuanOff(code: "TAKEN-1"));
        var before = await RowCountsAsync();

        var amounts = await CreatePayloadAsync(admin, TenYuanOff() with { ThresholdFen = 500 });
        var scope = await CreatePayloadAsync(admin, TenYuanOff() with { Scope = new { kind = "COURSES" } });
        var validity = await CreatePayloadAsync(admin, TenYuanOff() with { ValidDays = (int?)null });
        var unknownCategory = await CreatePayloadAsync(
            admin, TenYuanOff() with { Scope = new { kind = "CATEGORIES", categoryIds = new[] { Conventions.Ids.GlobalId.Encode("Category", Guid.CreateVersion7()) } } });
        var taken = await CreatePayloadAsync(admin, TenYuanOff(code: "taken-1"));
        var shape = await CreatePayloadAsync(admin, TenYuanOff() with { Title = "" });

        Assert.Equal([("CouponAmountsInvalidError", "COUPON_AMOUNTS_INVALID")], amounts.PayloadErrors());
        Assert.Equal([("CouponScopeInvalidError", "COUPON_SCOPE_INVALID")], scope.PayloadErrors());
        Assert.Equal([("CouponValidityInvalidError", "COUPON_VALIDITY_INVALID")], validity.PayloadErrors());
        Assert.Equal([("NotFoundError", "NOT_FOUND")], unknownCategory.PayloadErrors());
        Assert.Equal([("CouponCodeTakenError", "COUPON_CODE_TAKEN")], taken.PayloadErrors());
        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], shape.PayloadErrors());
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task AClaimedCouponsTermsAreFrozenAndAnEndedOneCannotBeClaimed()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        var other = await SignInAsync("o_other");
        var couponId = await CreateAsync(admin, TenYuanOff());
        await learner.Client.QueryAsync(ClaimMutation, new { input = new { couponId } });

        var frozen = (await admin.Client.QueryAsync(UpdateMutation, new { input = new { couponId, coupon = TenYuanOff() with { AmountOffFen = 2000 } } }))
            .GetProperty("updateCoupon");
        var restocked = (await admin.Client.QueryAsync(UpdateMutation, new { input = new { couponId, coupon = TenYuanOff() with { Title = "新名字", TotalStock = 7 } } }))
            .GetProperty("updateCoupon");
        var ended = (await admin.Client.QueryAsync(EndMutation, new { input = new { couponId } })).GetProperty("endCoupon");
        var endedAgain = (await admin.Client.QueryAsync(EndMutation, new { input = new { couponId } })).GetProperty("endCoupon");
        var lateClaim = (await other.Client.QueryAsync(ClaimMutation, new { input = new { couponId } })).GetProperty("claimCoupon");
        var audited = (await admin.Client.QueryAsync(
            "{ auditLog(where: { entityType: { eq: \"Coupon\" } }, order: [{ occurredAt: ASC }]) { nodes { action } } }")).Nodes("auditLog");

        Assert.Equal([("CouponTermsFrozenError", "COUPON_TERMS_FROZEN")], frozen.PayloadErrors());
        Assert.Empty(restocked.PayloadErrors());
        Assert.Equal(("新名字", 7), (restocked.GetProperty("coupon").GetProperty("title").GetString(), restocked.GetProperty("coupon").GetProperty("totalStock").GetInt32()));
        Assert.Equal("ENDED", ended.GetProperty("coupon").GetProperty("status").GetString());
        Assert.Equal([("CouponEndedError", "COUPON_ENDED")], endedAgain.PayloadErrors());
        Assert.Equal([("CouponEndedError", "COUPON_ENDED")], lateClaim.PayloadErrors());
        Assert.Equal(["CouponCreated", "CouponChanged", "CouponEnded"], audited.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task IssuingReportsWhoGotACopyAndWhoWasSkipped()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var first = await SignInAsync("o_first");
        var second = await SignInAsync("o_second");
        var couponId = await CreateAsync(admin, TenYuanOff(stock: 1, isPublic: false));

        var issued = (await admin.Client.QueryAsync(IssueMutation, new { input = new { couponId, userIds = new[] { first.UserId, second.UserId } } }))
            .GetProperty("issueCoupon").GetProperty("issue");

        Assert.Equal((1, 0, 1, 0), (issued.GetProperty("issued").GetInt32(), issued.GetProperty("skippedAtLimit").GetInt32(),
            issued.GetProperty("skippedOutOfStock").GetInt32(), issued.GetProperty("unknownUsers").GetInt32()));
        Assert.Single((await first.Client.QueryAsync("{ myCoupons { nodes { id } } }")).Nodes("myCoupons"));
    }

    private static CouponInput TenYuanOff(string? code = null, int stock = 100, bool isPublic = true) =>
        new("10元券", "AMOUNT_OFF", 0, 1000, 0, 0, new { kind = "ALL" }, 30, stock, 1, code, isPublic, false);

    private static async Task<string> CreateAsync(Session admin, CouponInput coupon)
    {
        var created = await CreatePayloadAsync(admin, coupon);
        Assert.Empty(created.PayloadErrors());
        return created.GetProperty("coupon").GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> CreatePayloadAsync(Session admin, CouponInput coupon) =>
        (await admin.Client.QueryAsync(CreateMutation, new { input = new { coupon } })).GetProperty("createCoupon");

    private static Task<GraphQLResponse> SendAsync(HttpClient client, string operation, string couponId, string userId) => operation switch
    {
        "createCoupon" => client.PostGraphQLAsync(CreateMutation, new { input = new { coupon = TenYuanOff() } }),
        "updateCoupon" => client.PostGraphQLAsync(UpdateMutation, new { input = new { couponId, coupon = TenYuanOff() with { Title = "改名" } } }),
        "endCoupon" => client.PostGraphQLAsync(EndMutation, new { input = new { couponId } }),
        "issueCoupon" => client.PostGraphQLAsync(IssueMutation, new { input = new { couponId, userIds = new[] { userId } } }),
        _ => client.PostGraphQLAsync("{ coupons { nodes { id code } } }"),
    };

    private Task<(int Coupons, int Copies)> RowCountsAsync() =>
        App.ReadAsync(async db => (await db.Coupons.CountAsync(), await db.UserCoupons.CountAsync()));

    /// <summary>The <c>CouponFieldsInput</c> as JSON variables (serialised camelCase, like the schema).</summary>
    private sealed record CouponInput(
        string Title, string Kind, long ThresholdFen, long AmountOffFen, int PercentOff, long CapFen, object Scope, int? ValidDays,
        int TotalStock, int PerUserLimit, string? Code, bool IsPublic, bool ReturnsOnRefund);
}

[Collection(SqliteCollection.Name)]
public sealed class CouponApiTestsOnSqlite(SqliteApp app) : CouponApiTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CouponApiTestsOnPostgreSql(PostgreSqlApp app) : CouponApiTests(app);
