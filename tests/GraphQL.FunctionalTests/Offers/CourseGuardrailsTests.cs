using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Offers;

/// <summary>An admin sets a course's guardrails; its creator prices it only within them; the audit log records both.</summary>
public abstract class CourseGuardrailsTests(KnowledgePayApp app) : OffersTest(app)
{
    private const string GuardrailsMutation = """
        mutation($input: SetCourseGuardrailsInput!) { setCourseGuardrails(input: $input) { course { id } errors { __typename ... on Error { code } } } }
        """;

    private const string PriceMutation = """
        mutation($input: SetCoursePriceInput!) { setCoursePrice(input: $input) { course { price } errors { __typename ... on Error { code } } } }
        """;

    [Fact]
    public async Task RefusesACreatorsPriceBelowTheFloorWithPriceBelowFloorAndKeepsThePrice()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var course = (await PublishedCoursesAsync(profile, 9900))[0];
        await SetGuardrailsAsync(admin, course.Id, floorFen: 5000);
        var auditedBefore = await App.ReadAsync(db => db.AuditEntries.CountAsync());

        var payload = (await creator.Client.QueryAsync(PriceMutation, new { input = new { courseId = CourseId(course), price = 4999 } }))
            .GetProperty("setCoursePrice");

        Assert.Equal([("PriceBelowFloorError", OfferErrors.PriceBelowFloorCode)], payload.PayloadErrors());
        Assert.Equal(9900, await App.ReadAsync(db => db.Courses.Select(c => c.Price.AmountFen).SingleAsync()));
        Assert.Equal(auditedBefore, await App.ReadAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task LetsACreatorPriceAtTheFloorAndAuditsTheGuardrailsAndThePrice()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var (creator, profile) = await SignInAsCreatorAsync(admin, "o_alice");
        var course = (await PublishedCoursesAsync(profile, 9900))[0];
        await SetGuardrailsAsync(admin, course.Id, floorFen: 5000);

        var payload = (await creator.Client.QueryAsync(PriceMutation, new { input = new { courseId = CourseId(course), price = 5000 } }))
            .GetProperty("setCoursePrice");

        Assert.Empty(payload.PayloadErrors());
        Assert.Equal(5000, payload.GetProperty("course").GetProperty("price").GetInt64());
        var actions = await AuditActionsAsync(admin, "Course");
        Assert.Equal(["CourseGuardrailsChanged", "CoursePriceChanged"], actions.Skip(actions.Count - 2));
    }

    [Fact]
    public async Task RefusesGuardrailsWhoseFloorIsAboveTheCurrentPriceWithPriceBelowFloor()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var course = (await PublishedCoursesAsync(null, 4900))[0];

        var payload = (await admin.Client.QueryAsync(GuardrailsMutation, new { input = GuardrailsInput(course, 5000) }))
            .GetProperty("setCourseGuardrails");

        Assert.Equal([("PriceBelowFloorError", OfferErrors.PriceBelowFloorCode)], payload.PayloadErrors());
        Assert.Equal(PriceGuardrails.None, await App.ReadAsync(db => db.Courses.Select(c => c.Guardrails).SingleAsync()));
    }

    [Fact]
    public async Task RefusesADiscountLimitAbove100PercentWithInvalidInput()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var course = (await PublishedCoursesAsync(null, 4900))[0];

        var payload = (await admin.Client.QueryAsync(GuardrailsMutation, new { input = GuardrailsInput(course, 0, maxDiscountPercent: 101) }))
            .GetProperty("setCourseGuardrails");

        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], payload.PayloadErrors());
    }

    private static object GuardrailsInput(Course course, long floorFen, int maxDiscountPercent = 30) => new
    {
        courseId = CourseId(course),
        guardrails = new { floorFen, maxDiscountPercent, salePriceStacksWithMemberPrice = false },
    };

}

[Collection(SqliteCollection.Name)]
public sealed class CourseGuardrailsTestsOnSqlite(SqliteApp app) : CourseGuardrailsTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseGuardrailsTestsOnPostgreSql(PostgreSqlApp app) : CourseGuardrailsTests(app);
