using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Offers;

/// <summary>Offer tests through HTTP: signed-in admins and creators, published courses to bundle, mutations by name.</summary>
public abstract class OffersTest(KnowledgePayApp app) : FunctionalTest(app)
{
    protected const string OfferSelection = """
        offer { id kind title description isOnSale isSeries membershipDays memberDiscountPercent coversAllCourses
                listPrice { fen currency } courses { id title } }
        """;

    protected static string CourseId(Course course) => GlobalId.Encode("Course", course.Id);

    /// <summary>Published courses by one new creator (or <paramref name="creator"/>), priced in fen.</summary>
    protected async Task<IReadOnlyList<Course>> PublishedCoursesAsync(Creator? creator, params long[] pricesFen)
    {
        var category = ACategory();
        var by = creator ?? ACreator();
        var courses = pricesFen.Select(price => ACourse().By(by).In(category).PricedAt(price).Published().Build()).ToList();
        var entities = new List<object> { category };
        if (creator is null)
        {
            entities.Add(by);
        }

        await App.AddAsync([.. entities, .. courses]);
        return courses;
    }

    /// <summary>The admin makes <paramref name="openId"/>'s user a creator; returns their next session and creator profile.</summary>
    protected async Task<(Session Session, Creator Creator)> SignInAsCreatorAsync(Session admin, string openId)
    {
        var user = await SignInAsync(openId);
        var creatorId = GlobalId.DecodeOf("Creator", await CreateCreatorAsync(admin, user.UserId, openId));
        var creator = await App.ReadAsync(db => db.Creators.AsNoTracking().SingleAsync(c => c.Id == creatorId));
        return (await SignInAsync(openId), creator);
    }

    /// <summary>Runs <c>name(input: $input) { selection errors { __typename code } }</c> and returns the payload.</summary>
    protected static async Task<JsonElement> MutateAsync(Session session, string name, object input, string selection = OfferSelection)
    {
        var inputType = char.ToUpperInvariant(name[0]) + name[1..] + "Input";
        return (await session.Client.QueryAsync(
            $"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ code message }} }} }} }}",
            new { input })).GetProperty(name);
    }

    /// <summary>As <see cref="MutateAsync"/>, asserting success; returns the offer.</summary>
    protected static async Task<JsonElement> MutateOfferAsync(Session session, string name, object input)
    {
        var payload = await MutateAsync(session, name, input);
        Assert.Empty(payload.PayloadErrors());
        return payload.GetProperty("offer");
    }

    protected static object BundleInput(IEnumerable<Course> courses, long price, object? guardrails = null, bool isSeries = false) => new
    {
        title = "三件套",
        description = "Three courses together.",
        price,
        courseIds = courses.Select(CourseId).ToArray(),
        isSeries,
        guardrails,
    };

    protected static object PlanInput(IEnumerable<Course> courses, long price = 39900, int days = 365, int memberDiscountPercent = 20) => new
    {
        title = "年卡",
        description = (string?)null,
        price,
        membershipDays = days,
        courseIds = courses.Select(CourseId).ToArray(),
        memberDiscountPercent,
    };

    /// <summary>Offers, their courses, their prices and sale status, and the courses with guardrails: what a refused call must not change.</summary>
    protected Task<(int Offers, int OfferCourses, string Offered, int GuardedCourses)> OfferStateAsync() =>
        App.ReadAsync(async db => (
            await db.Offers.CountAsync(),
            await db.Offers.SelectMany(o => o.Courses).CountAsync(),
            string.Join(',', await db.Offers.OrderBy(o => o.Id).Select(o => $"{o.Title}:{o.ListPrice.AmountFen}:{o.IsOnSale}").ToListAsync()),
            await db.Courses.CountAsync(c => c.Guardrails.FloorFen > 0)));

    protected static async Task<IReadOnlyList<string?>> AuditActionsAsync(Session admin, string entityType)
    {
        var entries = (await admin.Client.QueryAsync(
                "query($type: String!) { auditLog(where: { entityType: { eq: $type } }, order: [{ occurredAt: ASC }]) { nodes { action } } }",
                new { type = entityType }))
            .Nodes("auditLog");
        return [.. entries.Select(e => e.GetProperty("action").GetString())];
    }

    protected static async Task SetGuardrailsAsync(Session admin, Guid courseId, long floorFen, int maxDiscountPercent = 30)
    {
        var payload = await MutateAsync(admin, "setCourseGuardrails", new
        {
            courseId = GlobalId.Encode("Course", courseId),
            guardrails = new { floorFen, maxDiscountPercent, salePriceStacksWithMemberPrice = false },
        }, "course { id }");
        Assert.Empty(payload.PayloadErrors());
    }
}
