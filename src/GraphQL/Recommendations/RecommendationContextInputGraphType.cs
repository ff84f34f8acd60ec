using GraphQL.Types;
using KnowledgePay.Application.Recommendations.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Recommendations;

internal sealed class RecommendationContextInputGraphType : InputObjectGraphType<RecommendationContext>
{
    public RecommendationContextInputGraphType()
    {
        Name = "RecommendationContextInput";
        Description = "Where the list is shown; recommendations keep to it.";
        this.OptionalIdField("categoryId", "Category").Description("Only courses of this category (e.g. on its page).");
        this.OptionalIdField("tagId", TagGraphType.TypeName).Description("Only courses with this tag.");
    }
}
