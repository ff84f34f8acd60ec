using GraphQL.Types;
using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Profiles;

internal sealed class TagScoreGraphType : ObjectGraphType<ScoredIdDto>
{
    public TagScoreGraphType()
    {
        Name = "TagScore";
        Description = "How strongly a user is interested in a tag.";
        Field<NonNullGraphType<TagGraphType>>("tag").Resolve(ctx => ctx.Loader<TagByIdLoader>().LoadAsync(ctx.Source.Id));
        Field(s => s.Score).Description("Decayed, kind-weighted events plus the onboarding prior; comparable within one user.");
    }
}

internal sealed class CategoryScoreGraphType : ObjectGraphType<ScoredIdDto>
{
    public CategoryScoreGraphType()
    {
        Name = "CategoryScore";
        Description = "How strongly a user is drawn to a category.";
        Field<NonNullGraphType<CategoryGraphType>>("category").Resolve(ctx => ctx.Loader<CategoryByIdLoader>().LoadAsync(ctx.Source.Id));
        Field(s => s.Score).Description("Decayed, kind-weighted events; comparable within one user.");
    }
}
