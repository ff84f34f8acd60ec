using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Reviews;

namespace KnowledgePay.Domain.UnitTests.Reviews;

public sealed class ReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid CourseId = Guid.NewGuid();
    private static readonly Guid Author = Guid.NewGuid();

    [Fact]
    public void IsVisibleAndRaisesSubmittedWhenARatingHasNoText()
    {
        var review = Review.Submit(CourseId, Author, 4, "   ", ModerationStatus.Held, ModerationHoldReason.CheckUnavailable, Now);

        Assert.Equal(ModerationStatus.Visible, review.Status);
        Assert.Null(review.Text);
        var submitted = Assert.IsType<ReviewSubmittedEvent>(Assert.Single(review.DomainEvents()));
        Assert.Equal((4, ModerationStatus.Visible), (submitted.Stars, submitted.Status));
    }

    [Fact]
    public void IsHeldAndRaisesContentHeldWhenScreeningHoldsTheText()
    {
        var review = Review.Submit(CourseId, Author, 5, "加微信 领资料", ModerationStatus.Held, ModerationHoldReason.ContentSecurityReview, Now);

        Assert.Equal(ModerationStatus.Held, review.Status);
        var held = Assert.Single(review.DomainEvents().OfType<ContentHeldEvent>());
        Assert.Equal((ModeratedContentKind.Review, review.Id, (Guid?)CourseId), (held.Kind, held.ContentId, held.CourseId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void RefusesStarsOutOfRange(int stars)
    {
        var error = Assert.Throws<DomainException>(() => Review.Submit(CourseId, Author, stars, null, ModerationStatus.Visible, null, Now));

        Assert.Equal(ReviewErrors.InvalidStarsCode, error.Code);
    }

    [Fact]
    public void RefusesTextLongerThanTheLimit()
    {
        var text = new string('好', ReviewLimits.TextLength + 1);

        var error = Assert.Throws<DomainException>(() => Review.Submit(CourseId, Author, 3, text, ModerationStatus.Visible, null, Now));

        Assert.Equal(ReviewErrors.InvalidTextCode, error.Code);
    }

    [Fact]
    public void RaisesOldAndNewStarsWhenTheAuthorEdits()
    {
        var review = Submitted(2);

        review.Edit(Author, 5, "Better on a second read", ModerationStatus.Visible, null, Now.AddDays(1));

        var edited = Assert.Single(review.DomainEvents().OfType<ReviewEditedEvent>());
        Assert.Equal((2, 5, ModerationStatus.Visible, ModerationStatus.Visible), (edited.OldStars, edited.NewStars, edited.OldStatus, edited.NewStatus));
        Assert.Equal(Now.AddDays(1), review.EditedAt);
    }

    [Fact]
    public void StaysHiddenWhenTheAuthorEditsAHiddenReview()
    {
        var review = Submitted(1);
        review.Moderate(ModerationStatus.Hidden);

        review.Edit(Author, 5, "Nothing to see", ModerationStatus.Visible, null, Now);

        Assert.Equal(ModerationStatus.Hidden, review.Status);
    }

    [Fact]
    public void RefusesAnEditBySomeoneElse()
    {
        var review = Submitted(3);

        var error = Assert.Throws<DomainException>(() => review.Edit(Guid.NewGuid(), 1, null, ModerationStatus.Visible, null, Now));

        Assert.Equal(ReviewErrors.NotAuthorCode, error.Code);
        Assert.Equal(3, review.Stars);
    }

    [Fact]
    public void RaisesVisibilityChangesOnlyWhenTheStatusChanges()
    {
        var review = Submitted(4);

        review.Moderate(ModerationStatus.Visible);
        review.Moderate(ModerationStatus.Hidden);
        review.Moderate(ModerationStatus.Visible);

        var changes = review.DomainEvents().OfType<ReviewVisibilityChangedEvent>().Select(e => (e.OldStatus, e.NewStatus)).ToList();
        Assert.Equal([(ModerationStatus.Visible, ModerationStatus.Hidden), (ModerationStatus.Hidden, ModerationStatus.Visible)], changes);
    }

    [Fact]
    public void CountsHelpfulVotesButNotTheAuthorsOwn()
    {
        var review = Submitted(5);

        var vote = review.VoteHelpful(Guid.NewGuid(), Now);
        var own = Assert.Throws<DomainException>(() => review.VoteHelpful(Author, Now));

        Assert.Equal(review.Id, vote.ReviewId);
        Assert.Equal(ReviewErrors.OwnReviewVoteCode, own.Code);
        Assert.Equal(1, review.HelpfulCount);
    }

    [Fact]
    public void KeepsOneReplyThatLaterAnswersRewrite()
    {
        var review = Submitted(2);
        var creator = Guid.NewGuid();

        var first = review.Answer(creator, "Thanks, we fixed chapter 2", ModerationStatus.Visible, null, Now);
        var second = review.Answer(creator, "Chapter 3 is fixed too", ModerationStatus.Visible, null, Now.AddHours(1));

        Assert.Same(first, second);
        Assert.Equal("Chapter 3 is fixed too", review.Reply!.Text);
        Assert.Equal(Now.AddHours(1), review.Reply.EditedAt);
    }

    private static Review Submitted(int stars)
    {
        var review = Review.Submit(CourseId, Author, stars, "Solid course", ModerationStatus.Visible, null, Now);
        review.ClearDomainEvents();
        return review;
    }
}
