using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Comments.Queries.GetLessonComments;

internal sealed class GetLessonCommentsQueryValidator : AbstractValidator<GetLessonCommentsQuery>
{
    public GetLessonCommentsQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
