using GraphQL.Types;
using KnowledgePay.Application.Identity.Queries.GetUsersByPhone;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class PhoneOwnerGraphType : ObjectGraphType<PhoneOwnerDto>
{
    public PhoneOwnerGraphType()
    {
        Name = "PhoneOwner";
        Description = "An account a looked-up phone number is bound to.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The user's global id.")
            .Resolve(ctx => GlobalId.Encode("User", ctx.Source.Id));
        Field(o => o.Nickname, nullable: true).Description("The shown nickname, if any.");
        Field(o => o.CreatedAt).Description("When the user first logged in.");
        Field(o => o.LastLoginAt).Description("The latest login.");
    }
}
