namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>Composition patterns for demo text in one language; <c>{0}</c> is the course topic.</summary>
internal sealed record DemoLanguage(
    string[] TitlePatterns,
    string SummaryPattern,
    string ChapterPattern,
    string[] ChapterPhases,
    string[] LessonPatterns,
    string ArticlePattern,
    string BioPattern)
{
    public static DemoLanguage Chinese { get; } = new(
        ["{0}：从入门到精通", "21 天掌握{0}", "{0}实战训练营", "{0} 30 讲", "零基础学{0}", "{0}进阶课：方法与案例", "{0}一本通", "{0}高手必修课"],
        "本课由{1}主讲，围绕{0}的核心方法与真实案例展开，共 {2} 节课。适合{3}，学完后你可以{4}。",
        "第 {0} 章 {1}",
        ["基础概念", "核心方法", "实战案例", "进阶与复盘"],
        ["为什么要学{0}", "关键概念一次讲清", "常见误区与对策", "案例拆解", "动手练习", "工具与模板", "答疑与复盘", "一张图看懂{0}"],
        "# {0}\n\n本节先讲清楚关键概念，再结合案例演示具体做法，最后给出可以直接套用的练习清单。\n\n- 要点一：明确目标\n- 要点二：拆解步骤\n- 要点三：复盘改进",
        "{0}，{1}。在 KnowledgePay 分享{2}方向的课程。");

    public static DemoLanguage English { get; } = new(
        ["{0}: From Beginner to Pro", "Master {0} in 21 Days", "{0} Bootcamp", "{0} in 30 Lessons", "{0} for Absolute Beginners",
         "Advanced {0}: Methods and Cases", "The Complete Guide to {0}", "{0} Essentials"],
        "Taught by {1}, this course walks through the core methods of {0} with real cases across {2} lessons. "
            + "Made for {3}; by the end you will {4}.",
        "Chapter {0}: {1}",
        ["Foundations", "Core Methods", "Case Studies", "Going Further"],
        ["Why {0} Matters", "Key Concepts Explained", "Common Pitfalls", "Case Walkthrough", "Hands-On Exercise",
         "Tools and Templates", "Q&A and Review", "{0} on One Page"],
        "# {0}\n\nThis lesson explains the key ideas first, then works through an example, and ends with a checklist "
            + "you can apply right away.\n\n- Set a clear goal\n- Break it into steps\n- Review and improve",
        "{0}: {1}. Teaches {2} courses on KnowledgePay.");

    /// <summary>Creators with a Latin-script name teach in English, the others in Chinese.</summary>
    public static DemoLanguage Of(string creatorName) => creatorName.Any(char.IsAsciiLetter) ? English : Chinese;
}
