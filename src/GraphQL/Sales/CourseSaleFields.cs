using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Sales;

internal static class CourseSaleFields
{
    public static void AddTo(ObjectGraphType<CourseDto> course) =>
        course.Field<ActiveSaleGraphType>("activeSale")
            .Description("The limited-time price or flash sale the caller gets now, for a countdown; null when none runs "
                + "(or a flash sale is sold out, or the caller reached its limit).")
            .Resolve(ctx => ctx.Loader<ActiveSaleByCourseIdLoader>().LoadAsync(ctx.Source.Id));
}
