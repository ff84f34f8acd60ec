using GraphQL.Types;
using KnowledgePay.Application.Identity.Queries.GetMe;

namespace KnowledgePay.GraphQL.Identity;

internal sealed class ProfileGraphType : ObjectGraphType<ProfileDto>
{
    public ProfileGraphType()
    {
        Name = "Profile";
        Description = "What the user chose to tell about themselves (用户画像 inputs); every field is optional.";
        Field(p => p.Nickname, nullable: true).Description("The display name.");
        Field(p => p.AvatarUrl, nullable: true).Description("The profile picture.");
        Field(p => p.Gender, type: typeof(NonNullGraphType<GenderGraphType>)).Description("UNSPECIFIED unless chosen.");
        Field(p => p.AgeBand, type: typeof(NonNullGraphType<AgeBandGraphType>)).Description("UNSPECIFIED unless chosen.");
        Field(p => p.Occupation, nullable: true).Description("The occupation.");
        Field(p => p.City, nullable: true).Description("The city.");
    }
}
