using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Application.Pricing.Queries;
using KnowledgePay.Application.Pricing.Queries.GetCoursePrices;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.DataLoading;
using KnowledgePay.GraphQL.PaymentMethods;

namespace KnowledgePay.GraphQL.Pricing;

/// <summary>The caller's price of courses; one batch serves every course of a level.</summary>
public sealed class CoursePriceByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, LinePriceDto>(scope, ids => new GetCoursePricesQuery(ids));

internal static class CoursePricingFields
{
    public static void AddTo(ObjectGraphType<CourseDto> course)
    {
        course.Field<LinePriceGraphType>("priceForViewer")
            .Description("What the course costs the caller now, with its steps (limited-time price, member price, guardrails); "
                + "null when it is not on sale or free, or the caller's platform hides prices.")
            .Resolve(ctx => ctx.Loader<CoursePriceByCourseIdLoader>().LoadAsync(ctx.Source.Id));
        course.Field<NonNullGraphType<PurchaseOptionsGraphType>>("purchase")
            .Description("Whether and how the caller can buy the course on their platform; what they own is in viewerAccess.")
            .ResolveAsync(async ctx => ForCourse(await ctx.PurchaseOptionsAsync(), ctx.Source))
            .Projects(nameof(CourseDto.Status), nameof(CourseDto.PriceFen));
    }

    /// <summary>A free course needs no purchase, an unpublished one cannot have one.</summary>
    private static PurchaseOptionsDto ForCourse(PurchaseOptionsDto viewer, CourseDto course) =>
        viewer with { CanBuy = viewer.CanBuy && course.Status == CourseStatus.Published && course.PriceFen > 0 };
}
