using GraphQL.Types;
using KnowledgePay.Application.Analytics.Funnel;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Analytics.Funnel;

internal sealed class FunnelGraphType : ObjectGraphType<FunnelDto>
{
    public FunnelGraphType()
    {
        Name = "Funnel";
        Description = "A strict funnel from seeing a course to completing it: each step's users passed every step before it.";
        Field<CourseGraphType>("course").Description("The course the funnel follows; null: all courses (a user counts once, through any course).")
            .Resolve(ctx => ctx.Source.CourseId is { } id ? ctx.Loader<CourseByIdLoader>().LoadAsync(id) : null);
        Field(f => f.Steps, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStepGraphType>>>)).Description("The steps in order.");
    }
}
