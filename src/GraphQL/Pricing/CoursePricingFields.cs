using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Pricing.Queries;
using KnowledgePay.Application.Pricing.Queries.GetCoursePrices;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Pricing;

/// <summary>The caller's price of courses; one batch serves every course of a level.</summary>
public sealed class CoursePriceByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, LinePriceDto>(scope, ids => new GetCoursePricesQuery(ids));

internal static class CoursePricingFields
{
    public static void AddTo(ObjectGraphType<CourseDto> course) =>
        course.Field<LinePriceGraphType>("priceForViewer")
            .Description("What the course costs the caller now, with its steps (limited-time price, member price, guardrails); "
                + "null when it is not on sale or free.")
            .Resolve(ctx => ctx.Loader<CoursePriceByCourseIdLoader>().LoadAsync(ctx.Source.Id));
}
