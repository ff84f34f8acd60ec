using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Segments.Commands.RefreshSegments;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgePay.GraphQL.FunctionalTests.Segments.SegmentPopulation;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Segments;

/// <summary>
/// Segment rules through /graphql against a small population whose membership of every rule is worked out by hand:
/// each field, all/any/not, preview equal to the materialised size, refresh replacing the members, typed bad rules.
/// </summary>
public abstract class SegmentTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string Errors = "errors { __typename ... on Error { code } }";
    private const string SegmentFields = "id name memberCount refreshedAt rule";

    private const string CreateMutation = $$"""
        mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { {{SegmentFields}} } {{Errors}} } }
        """;

    private const string PreviewQuery = """
        query($rule: SegmentRuleInput!) { previewSegment(rule: $rule) { count sample { userId nickname } } }
        """;

    public static TheoryData<string> AdminOnlyOperations => new()
    {
        "segments", "segment", "previewSegment", "segmentFields", "propensityModel",
        "createSegment", "updateSegment", "deleteSegment", "refreshSegment", "trainPropensityModel",
    };

    [Fact]
    public async Task EveryFieldAndGroupSelectsTheUsersWorkedOutByHandInPreviewAndMaterialisation()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var p = await PopulationAsync();
        var everyone = new[] { p.Alice, p.Bob, p.Carol, p.Dave, UserIdOf(admin) };
        var cases = new (object Rule, Guid[] Expected)[]
        {
            (All(Cond("city", "EQUALS", "杭州"), Cond("ageBand", "IN", "FROM_25_TO_34", "From55")), [p.Alice]),
            (Cond("interestTag", "INCLUDES", GlobalId.Encode("Tag", p.Tag)), [p.Alice]),
            (Cond("city", "IN", "杭州", "上海"), [p.Alice, p.Bob, p.Carol]),
            (Cond("totalSpendFen", "AT_LEAST", "10000"), [p.Bob]),
            (Cond("totalSpendFen", "AT_MOST", "5000"), [p.Alice, p.Carol, p.Dave, UserIdOf(admin)]),
            (Cond("daysSinceLastPurchase", "AT_LEAST", "30"), [p.Bob]),
            (Cond("daysSinceLastPurchase", "AT_MOST", "7"), [p.Alice]),
            (Cond("boughtInCategory", "INCLUDES", GlobalId.Encode("Category", p.Programming)), [p.Alice, p.Bob]),
            (Cond("viewedCourse", "INCLUDES", GlobalId.Encode("Course", p.ProgrammingCourse), 7), [p.Alice]),
            (Cond("viewedCategory", "INCLUDES", GlobalId.Encode("Category", p.Design), 7), [p.Carol]),
            (Cond("viewedCategory", "INCLUDES", GlobalId.Encode("Category", p.Design), 3), []),
            (Cond("abandonedCheckout", "IS_TRUE", null, 7), [p.Bob]),
            (Cond("activeMember", "IS_TRUE"), [p.Alice]),
            (Cond("holdsUnusedCoupon", "IS_TRUE"), [p.Bob]),
            (Cond("purchasePropensity7d", "AT_LEAST", "0.5"), [p.Carol]),
            (Cond("activityLevel", "AT_LEAST", "ACTIVE"), [p.Carol]),
            (Cond("activityLevel", "EQUALS", "CASUAL"), [p.Alice]),
            (Cond("activityLevel", "IN", "DORMANT"), [p.Bob, p.Dave, UserIdOf(admin)]),
            (Any(Cond("totalSpendFen", "AT_LEAST", "10000"), Cond("activeMember", "IS_TRUE")), [p.Alice, p.Bob]),
            (Not(Cond("activeMember", "IS_TRUE")), [.. everyone.Except([p.Alice])]),
            (All(Cond("city", "EQUALS", "杭州"), Not(Any(Cond("activeMember", "IS_TRUE"), Cond("holdsUnusedCoupon", "IS_TRUE")))), [p.Carol]),
        };

        foreach (var (rule, expected) in cases)
        {
            var preview = (await admin.Client.QueryAsync(PreviewQuery, new { rule })).GetProperty("previewSegment");
            var created = await CreateAsync(admin, $"segment {Next()}", rule);

            var because = JsonSerializer.Serialize(rule);
            Assert.True(expected.Length == preview.GetProperty("count").GetInt32(), $"Preview of {because}");
            Assert.Equal(expected.Length, created.GetProperty("memberCount").GetInt32());
            Assert.Equal(expected.Order(), (await MembersAsync(created)).Order());
            Assert.All(preview.GetProperty("sample").EnumerateArray(),
                s => Assert.Contains(GlobalId.DecodeOf("User", s.GetProperty("userId").GetString()), expected));
        }
    }

    [Fact]
    public async Task ARefreshReplacesTheMembersWithThoseTheRuleSelectsNow()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var p = await PopulationAsync();
        var segment = await CreateAsync(admin, "杭州用户", Cond("city", "EQUALS", "杭州"));
        var erin = AUser("o_erin", App.Clock.GetUtcNow().AddDays(-1), "杭州");
        await App.AddAsync(erin);
        await MoveAsync(p.Carol, "上海");
        var firstAddedAt = await App.ReadAsync(db => db.SegmentMembers.Where(m => m.UserId == p.Alice).Select(m => m.AddedAt).SingleAsync());
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        var refreshed = (await admin.Client.QueryAsync(
            $"mutation($input: RefreshSegmentInput!) {{ refreshSegment(input: $input) {{ segment {{ {SegmentFields} members {{ nodes {{ userId }} }} }} {Errors} }} }}",
            new { input = new { segmentId = Id(segment) } })).GetProperty("refreshSegment");

        Assert.Empty(refreshed.PayloadErrors());
        Assert.Equal(2, refreshed.GetProperty("segment").GetProperty("memberCount").GetInt32());
        Assert.Equal(new[] { p.Alice, erin.Id }.Order(), (await MembersAsync(segment)).Order());
        Assert.Equal(new[] { p.Alice, erin.Id }.Order(), refreshed.GetProperty("segment").GetProperty("members").GetProperty("nodes")
            .EnumerateArray().Select(n => GlobalId.DecodeOf("User", n.GetProperty("userId").GetString())).Order());
        Assert.True(await App.ReadAsync(db => db.SegmentMembers.Where(m => m.UserId == p.Alice).Select(m => m.AddedAt).SingleAsync()) > firstAddedAt);
    }

    [Fact]
    public async Task ConcurrentRefreshesOfOneSegmentRunOneAfterTheOtherAndLeaveOneCopyOfEachMember()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var p = await PopulationAsync();
        var segment = await CreateAsync(admin, "杭州", Cond("city", "EQUALS", "杭州"));

        var refreshes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.Client.QueryAsync(
            $"mutation($input: RefreshSegmentInput!) {{ refreshSegment(input: $input) {{ segment {{ memberCount }} {Errors} }} }}",
            new { input = new { segmentId = Id(segment) } })));

        Assert.All(refreshes, r => Assert.Empty(r.GetProperty("refreshSegment").PayloadErrors()));
        Assert.All(refreshes, r => Assert.Equal(2, r.GetProperty("refreshSegment").GetProperty("segment").GetProperty("memberCount").GetInt32()));
        Assert.Equal(new[] { p.Alice, p.Carol }.Order(), (await MembersAsync(segment)).Order());
    }

    [Fact]
    public async Task TheScheduledRefreshMaterialisesEverySegment()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var p = await PopulationAsync();
        var segment = await CreateAsync(admin, "上海用户", Cond("city", "EQUALS", "上海"));
        await MoveAsync(p.Dave, "上海");

        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RefreshSegmentsCommand());
        }

        Assert.Equal(new[] { p.Bob, p.Dave }.Order(), (await MembersAsync(segment)).Order());
        Assert.Equal(2, await App.ReadAsync(db => db.Segments.Select(s => s.MemberCount).SingleAsync()));
    }

    public static TheoryData<string, object> BadRules => new()
    {
        { SegmentErrors.UnknownFieldCode, Cond("shoeSize", "EQUALS", "42") },
        { SegmentErrors.InvalidOperatorCode, Cond("city", "AT_LEAST", "杭州") },
        { SegmentErrors.InvalidValueCode, Cond("totalSpendFen", "AT_LEAST", "lots") },
        { SegmentErrors.InvalidValueCode, Cond("ageBand", "EQUALS", "3") },
        { SegmentErrors.InvalidValueCode, Cond("purchasePropensity7d", "AT_LEAST", "1.5") },
        { SegmentErrors.InvalidValueCode, Cond("viewedCourse", "INCLUDES", Guid.NewGuid().ToString()) },
        { SegmentErrors.InvalidValueCode, Cond("activeMember", "IS_TRUE", null, 7) },
        { SegmentErrors.InvalidShapeCode, new { all = Array.Empty<object>() } },
        { SegmentErrors.InvalidShapeCode, new { not = Cond("activeMember", "IS_TRUE"), condition = new { field = "city", @operator = "EQUALS", values = new[] { "杭州" } } } },
        { SegmentErrors.TooComplexCode, Not(Not(Not(Not(Not(Cond("activeMember", "IS_TRUE")))))) },
        { SegmentErrors.TooComplexCode, Any([.. Enumerable.Range(0, SegmentLimits.MaxConditions + 1).Select(i => Cond("city", "EQUALS", $"城市{i}"))]) },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task ABadRuleIsATypedErrorAndNothingChanges(string code, object rule)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var created = (await admin.Client.QueryAsync(CreateMutation, new { input = new { name = "坏规则", rule } })).GetProperty("createSegment");
        var preview = await admin.Client.PostGraphQLAsync(PreviewQuery, new { rule });

        Assert.Equal([code], created.PayloadErrors().Select(e => e.Code));
        Assert.Equal([code], preview.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.Segments.CountAsync()));
        Assert.Equal(0, await App.ReadAsync(db => db.SegmentMembers.CountAsync()));
    }

    [Fact]
    public async Task ASecondSegmentWithTheSameNameIsRefused()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await CreateAsync(admin, "放弃结算", Cond("abandonedCheckout", "IS_TRUE", null, 7));

        var again = (await admin.Client.QueryAsync(CreateMutation, new { input = new { name = "放弃结算", rule = Cond("activeMember", "IS_TRUE") } }))
            .GetProperty("createSegment");

        Assert.Equal([SegmentErrors.NameTakenCode], again.PayloadErrors().Select(e => e.Code));
        Assert.Equal(1, await App.ReadAsync(db => db.Segments.CountAsync()));
    }

    [Fact]
    public async Task UpdatingReplacesTheRuleAndItsMembersAndDeletingRemovesBoth()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var p = await PopulationAsync();
        var segment = await CreateAsync(admin, "会员", Cond("activeMember", "IS_TRUE"));

        var updated = (await admin.Client.QueryAsync(
            $"mutation($input: UpdateSegmentInput!) {{ updateSegment(input: $input) {{ segment {{ {SegmentFields} }} {Errors} }} }}",
            new { input = new { segmentId = Id(segment), name = "有券", rule = Cond("holdsUnusedCoupon", "IS_TRUE") } })).GetProperty("updateSegment");
        var membersAfterUpdate = await MembersAsync(segment);
        var deleted = (await admin.Client.QueryAsync(
            $"mutation($input: DeleteSegmentInput!) {{ deleteSegment(input: $input) {{ deletedSegmentId {Errors} }} }}",
            new { input = new { segmentId = Id(segment) } })).GetProperty("deleteSegment");

        Assert.Empty(updated.PayloadErrors());
        Assert.Equal("有券", updated.GetProperty("segment").GetProperty("name").GetString());
        Assert.Contains("holdsUnusedCoupon", updated.GetProperty("segment").GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Equal([p.Bob], membersAfterUpdate);
        Assert.Equal(Id(segment), deleted.GetProperty("deletedSegmentId").GetString());
        Assert.Equal(0, await App.ReadAsync(db => db.Segments.CountAsync()));
        Assert.Equal(0, await App.ReadAsync(db => db.SegmentMembers.CountAsync()));
    }

    [Fact]
    public async Task ASegmentAnUnfinishedExperimentTargetsIsKeptUntilTheExperimentStops()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var segment = await CreateAsync(admin, "会员", Cond("activeMember", "IS_TRUE"));
        var experimentId = (await admin.Client.QueryAsync(
                "mutation($input: CreateExperimentInput!) { createExperiment(input: $input) { experiment { id } } }",
                new
                {
                    input = new
                    {
                        key = "members-page",
                        experiment = new
                        {
                            name = "会员页",
                            surface = "COURSE_PAGE",
                            variants = new object[]
                            {
                                new { key = "control", weight = 50, payload = """{"layout":"classic"}""" },
                                new { key = "b", weight = 50, payload = """{"layout":"video-first"}""" },
                            },
                            primaryMetric = "CONVERSION",
                            conversionWindowDays = 7,
                            segmentId = Id(segment),
                        },
                    },
                }))
            .GetProperty("createExperiment").GetProperty("experiment").GetProperty("id").GetString();
        var delete = $"mutation($input: DeleteSegmentInput!) {{ deleteSegment(input: $input) {{ deletedSegmentId {Errors} }} }}";

        var whileDraft = (await admin.Client.QueryAsync(delete, new { input = new { segmentId = Id(segment) } })).GetProperty("deleteSegment");
        await admin.Client.QueryAsync(
            "mutation($input: StartExperimentInput!) { startExperiment(input: $input) { experiment { id } } }", new { input = new { experimentId } });
        var whileRunning = (await admin.Client.QueryAsync(delete, new { input = new { segmentId = Id(segment) } })).GetProperty("deleteSegment");
        var segmentsWhileUsed = await App.ReadAsync(db => db.Segments.CountAsync());
        await admin.Client.QueryAsync(
            "mutation($input: StopExperimentInput!) { stopExperiment(input: $input) { experiment { id } } }",
            new { input = new { experimentId, decision = "no difference" } });
        var afterStop = (await admin.Client.QueryAsync(delete, new { input = new { segmentId = Id(segment) } })).GetProperty("deleteSegment");

        Assert.Equal([SegmentErrors.InUseCode], whileDraft.PayloadErrors().Select(e => e.Code));
        Assert.Equal([SegmentErrors.InUseCode], whileRunning.PayloadErrors().Select(e => e.Code));
        Assert.Equal(1, segmentsWhileUsed);
        Assert.Empty(afterStop.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Segments.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(AdminOnlyOperations))]
    public async Task SegmentOperationsAreForAdminsOnly(string operation)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        var segment = await CreateAsync(admin, "全部会员", Cond("activeMember", "IS_TRUE"));
        var request = Operation(operation, Id(segment));
        var before = await App.ReadAsync(async db => (await db.Segments.CountAsync(), await db.PropensityModels.CountAsync()));

        var anonymous = await Client.PostGraphQLAsync(request.Query, request.Variables);
        var asLearner = await learner.Client.PostGraphQLAsync(request.Query, request.Variables);
        var afterRefusals = await App.ReadAsync(async db => (await db.Segments.CountAsync(), await db.PropensityModels.CountAsync()));
        var asAdmin = await admin.Client.PostGraphQLAsync(request.Query, request.Variables);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Equal(before, afterRefusals);
        Assert.Empty(asAdmin.ErrorCodes);
    }

    private static (string Query, object Variables) Operation(string operation, string segmentId)
    {
        var rule = Cond("activeMember", "IS_TRUE");
        return operation switch
        {
            "segments" => ("{ segments { nodes { id memberCount } } }", new { }),
            "segment" => ("query($id: ID!) { segment(id: $id) { id members { nodes { userId } } } }", new { id = segmentId }),
            "previewSegment" => (PreviewQuery, new { rule }),
            "segmentFields" => ("{ segmentFields { name operators } }", new { }),
            "propensityModel" => ("{ propensityModel { version auc } }", new { }),
            "createSegment" => (CreateMutation, new { input = new { name = "新的", rule } }),
            "updateSegment" => ($"mutation($input: UpdateSegmentInput!) {{ updateSegment(input: $input) {{ segment {{ id }} {Errors} }} }}",
                new { input = new { segmentId, name = "改名", rule } }),
            "deleteSegment" => ($"mutation($input: DeleteSegmentInput!) {{ deleteSegment(input: $input) {{ deletedSegmentId {Errors} }} }}",
                new { input = new { segmentId } }),
            "refreshSegment" => ($"mutation($input: RefreshSegmentInput!) {{ refreshSegment(input: $input) {{ segment {{ id }} {Errors} }} }}",
                new { input = new { segmentId } }),
            _ => ($"mutation {{ trainPropensityModel {{ model {{ version published }} {Errors} }} }}", new { }),
        };
    }

    internal static object Cond(string field, string op, string? value = null, int? withinDays = null) =>
        new { condition = new { field, @operator = op, values = value is null ? Array.Empty<string>() : [value], withinDays } };

    private static object Cond(string field, string op, params string[] values) =>
        new { condition = new { field, @operator = op, values, withinDays = (int?)null } };

    private static object All(params object[] rules) => new { all = rules };

    private static object Any(params object[] rules) => new { any = rules };

    private static object Not(object rule) => new { not = rule };

    internal async Task<JsonElement> CreateAsync(Session admin, string name, object rule)
    {
        var created = (await admin.Client.QueryAsync(CreateMutation, new { input = new { name, rule } })).GetProperty("createSegment");
        Assert.Empty(created.PayloadErrors());
        return created.GetProperty("segment");
    }

    internal Task<List<Guid>> MembersAsync(JsonElement segment)
    {
        var segmentId = GlobalId.DecodeOf("Segment", Id(segment));
        return App.ReadAsync(db => db.SegmentMembers.Where(m => m.SegmentId == segmentId).Select(m => m.UserId).ToListAsync());
    }

    private static string Id(JsonElement segment) => segment.GetProperty("id").GetString()!;

    private static Guid UserIdOf(Session session) => GlobalId.Decode(session.UserId).Id;

    private async Task MoveAsync(Guid userId, string city)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.UpdateProfile(UserProfile.Create(user.Profile.Nickname, null, Gender.Unspecified, user.Profile.AgeBand, null, city));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// Alice (杭州, 25–34, likes the tag): paid 5,000 fen 3 days ago for a programming course she viewed yesterday, an active
    /// member. Bob (上海): paid 20,000 fen 40 days ago for the programming course, left an order unpaid 2 days ago, holds a
    /// coupon. Carol (杭州): 12 views of a design course 5 days ago, a propensity of 0.8. Dave: nothing, a propensity of 0.2.
    /// </summary>
    private async Task<Population> PopulationAsync()
    {
        var now = App.Clock.GetUtcNow();
        var tag = ATag();
        var creator = ACreator();
        var (programming, design) = (ACategory("编程"), ACategory("设计"));
        var (code, drawing) = (ACourse().By(creator).In(programming).Build(), ACourse().By(creator).In(design).Build());
        var alice = AUser("o_alice", now.AddDays(-90), "杭州", AgeBand.From25To34, tag.Id);
        var bob = AUser("o_bob", now.AddDays(-90), "上海", AgeBand.From18To24);
        var carol = AUser("o_carol", now.AddDays(-90), "杭州");
        var dave = AUser("o_dave", now.AddDays(-90));
        var alicePaid = AnOrder(alice.Id, code, 5000, now.AddDays(-3), now.AddDays(-3));
        var bobPaid = AnOrder(bob.Id, code, 20000, now.AddDays(-40), now.AddDays(-40));
        var bobAbandoned = AnOrder(bob.Id, drawing, 3000, now.AddDays(-2), null);
        var (plan, membership) = AMembership(alice.Id, now.AddDays(-1));
        var (coupon, copy) = ACoupon(bob.Id, now.AddDays(-1));
        await App.AddAsync(
        [
            tag, creator, programming, design, code, drawing, alice, bob, carol, dave, alicePaid, bobPaid, bobAbandoned,
            Bought(alice.Id, code, alicePaid), Bought(bob.Id, code, bobPaid), plan, membership, coupon, copy,
            AView(alice.Id, code.Id, now.AddDays(-1)),
            .. Enumerable.Range(0, 12).Select(i => AView(carol.Id, drawing.Id, now.AddDays(-5).AddMinutes(i))),
            PurchasePropensity.Of(carol.Id, 0.8, 1, now), PurchasePropensity.Of(dave.Id, 0.2, 1, now),
        ]);
        return new Population(alice.Id, bob.Id, carol.Id, dave.Id, tag.Id, programming.Id, design.Id, code.Id);
    }

    private sealed record Population(
        Guid Alice, Guid Bob, Guid Carol, Guid Dave, Guid Tag, Guid Programming, Guid Design, Guid ProgrammingCourse);
}

[Collection(SqliteCollection.Name)]
public sealed class SegmentTestsOnSqlite(SqliteApp app) : SegmentTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class SegmentTestsOnPostgreSql(PostgreSqlApp app) : SegmentTests(app);
