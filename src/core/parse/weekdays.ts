/** Weekday names as written in dated source lines; index 0 is Sunday, as in Date#getDay. */
export const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const WEEKDAYS_ZH = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

/** Any weekday spelling a source line may carry: English (full or 3-letter), 星期三, 周三, 礼拜三. */
export const WEEKDAY_PATTERN =
	"(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?:day|sday|nesday|rsday|urday)?\\.?|(?:星期|周|礼拜)[一二三四五六日天]";
