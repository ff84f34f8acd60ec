using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class CreatorGraphType : ObjectGraphType<CreatorDto>
{
    public CreatorGraphType(FilterInputTypes filters, SortInputTypes sorts)
    {
        Description = "A lecturer who publishes courses.";
        this.ImplementNode("Creator", c => c.Id, (ctx, id) => ctx.Loader<CreatorByIdLoader>().LoadAsync(id));
        Field(c => c.Name).Description("The display name.");
        Field(c => c.Headline, nullable: true).Description("A one-line introduction.");
        Field(c => c.Bio, nullable: true).Description("A longer introduction.");
        Field(c => c.AvatarUrl, nullable: true).Description("The profile picture, when there is one.");
        Field(c => c.JoinedAt).Description("When the creator joined KnowledgePay.");
        this.CoursesField(filters, sorts, ctx => new FieldCondition("creatorId", FilterOperator.Eq, ctx.Source.Id))
            .Description("The creator's published courses (one query per creator: prefer it on a single creator).");
    }
}
