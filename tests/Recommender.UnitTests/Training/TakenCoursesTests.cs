using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class TakenCoursesTests
{
    [Fact]
    public void AnswersAsTheUsersSetsOfCoursesDo()
    {
        var random = new Random(5);
        const int Users = 40;
        const int Courses = 300;
        // User 0 took nothing, user 1 one course, the rest up to 200, listed in random order.
        var sets = Enumerable.Range(0, Users)
            .Select(user => Enumerable.Range(0, user switch { 0 => 0, 1 => 1, _ => random.Next(200) })
                .Select(_ => random.Next(Courses)).ToHashSet())
            .ToArray();
        var positives = sets
            .SelectMany((courses, user) => courses.Select(course => new TrainingExample(user, course, true, 1f)))
            .OrderBy(_ => random.Next())
            .ToArray();

        var taken = new TakenCourses(positives, Users);

        for (var user = 0; user < Users; user++)
        {
            Assert.Equal(sets[user].Count, taken.Count(user));
            Assert.Equal(sets[user].Order(), taken.Of(user).ToArray());
            for (var course = 0; course < Courses; course++)
            {
                Assert.Equal(sets[user].Contains(course), taken.Contains(user, course));
            }
        }
    }
}
