using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class TagGraphType : ObjectGraphType<TagDto>
{
    public const string TypeName = "Tag";

    public TagGraphType()
    {
        Description = "A topic label; a course may carry several.";
        this.ImplementNode(TypeName, t => t.Id, (ctx, id) => ctx.Loader<TagByIdLoader>().LoadAsync(id));
        Field(t => t.Name).Description("The display name.");
        Field(t => t.Slug).Description("A URL-safe key.");
    }
}
