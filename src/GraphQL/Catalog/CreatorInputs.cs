using GraphQL.Types;
using KnowledgePay.Application.Catalog.Commands.CreateCreator;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class CreateCreatorInputGraphType : InputObjectGraphType<CreateCreatorCommand>
{
    /// <summary>The global-id type name of users (the identity feature's <c>User</c> node).</summary>
    public const string UserTypeName = "User";

    public CreateCreatorInputGraphType()
    {
        Name = "CreateCreatorInput";
        this.OptionalIdField("userId", UserTypeName).Description("The user who will manage the creator's courses; leave out for a profile no one signs in as.");
        Field(c => c.Name).Description("1 to 60 characters.");
        Field(c => c.Headline, nullable: true).Description("A one-line introduction, up to 120 characters.");
        Field(c => c.Bio, nullable: true).Description("A longer introduction, up to 2000 characters.");
        Field(c => c.AvatarUrl, nullable: true).Description("An absolute http(s) URL.");
    }
}
