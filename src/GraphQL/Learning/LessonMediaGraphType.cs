using GraphQL.Types;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.GraphQL.Learning;

internal sealed class LessonMediaGraphType : ObjectGraphType<SignedMediaUrl>
{
    public LessonMediaGraphType()
    {
        Name = "LessonMedia";
        Description = "A short-lived link to a lesson's audio or video, made for the caller.";
        Field(m => m.Url).Description("Path and query of the signed link on this API's origin; it redirects to the media until expiresAt.");
        Field(m => m.ExpiresAt).Description("When the link stops working; ask for the lesson again for a fresh one.");
    }
}
