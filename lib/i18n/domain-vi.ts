/**
 * What the domain says to a user, by key (lib/i18n/message.ts): field labels, validation and domain errors.
 * Spread into the catalogue (vi.ts); `domain-en.ts` must have the same keys (checked by its type and by
 * lib/i18n/catalogue.test.ts). ICU syntax: `{field}`, `{max, plural, other {# ký tự}}`.
 * Each domain keeps its own block below; add keys inside your domain's block.
 */
export const domainVi = {
  /** Form labels, used as the `field` parameter of validation messages. */
  fields: {
    value: 'Giá trị',
    id: 'Mã',
    date: 'Ngày',
    yourAgency: 'Cơ quan của bạn',
    // -- sessions, points, attendees
    // -- minutes and documents
    // -- directives and assignment
    // -- tasks and progress
    // -- users, accounts, agencies
    email: 'Email',
    password: 'Mật khẩu',
    tokenName: 'Tên khóa',
    apiToken: 'Khóa API',
  },
  validation: {
    form: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu.',
    badPost: 'Dữ liệu gửi lên không hợp lệ.',
    required: 'Vui lòng nhập {field}.',
    choose: 'Vui lòng chọn {field}.',
    tooLong: '{field} tối đa {max} ký tự.',
    invalid: '{field} không hợp lệ.',
    dateFormat: '{field} phải có dạng ngày/tháng/năm, ví dụ 02/02/2024.',
    dateMissing: '{field} không tồn tại.',
    /** Rules without a message of their own, by zod issue code. */
    generic: {
      invalid_type: 'Giá trị không hợp lệ.',
      too_small: 'Giá trị quá nhỏ hoặc quá ngắn (tối thiểu {minimum}).',
      too_big: 'Giá trị quá lớn hoặc quá dài (tối đa {maximum}).',
      invalid_format: 'Định dạng không hợp lệ.',
      not_multiple_of: 'Giá trị không hợp lệ.',
      unrecognized_keys: 'Có trường không được chấp nhận.',
      invalid_union: 'Giá trị không hợp lệ.',
      invalid_key: 'Giá trị không hợp lệ.',
      invalid_element: 'Giá trị không hợp lệ.',
      invalid_value: 'Giá trị không nằm trong các lựa chọn cho phép.',
      custom: 'Giá trị không hợp lệ.',
    },
    // -- sessions, points, attendees
    // -- minutes and documents
    // -- directives and assignment
    // -- tasks and progress
    // -- users, accounts, agencies
    accounts: {
      codeFormat: 'Mã xác thực gồm 6 chữ số.',
      currentPassword: 'Nhập mật khẩu hiện tại.',
      passwordTooLong: 'Mật khẩu tối đa 200 ký tự.',
      passwordMismatch: 'Mật khẩu nhập lại không khớp.',
      tokenLifetime: 'Chọn thời hạn của khóa.',
    },
  },
  errors: {
    notFound: 'Không tìm thấy trang hoặc bạn không có quyền xem.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    notFoundRecord: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
    sessionExpired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    unexpected: 'Đã xảy ra lỗi, thao tác chưa được thực hiện. Vui lòng thử lại.',
    agencyEnded:
      '{agency} đã chấm dứt hoạt động từ sau ngày {date}: tài khoản chỉ được xem, không được thay đổi dữ liệu. Đề nghị quản trị viên chuyển tài khoản sang cơ quan kế thừa.',
    stale:
      'Bản ghi đã được người khác cập nhật sau khi bạn mở. Nội dung bạn nhập vẫn được giữ nguyên: hãy tải lại để xem thay đổi mới rồi lưu lại.',
    sessions: {
      // sessions
    },
    minutes: {
      // minutes
    },
    directives: {
      // directives
    },
    tasks: {
      // tasks
    },
    users: {
      // users
      cannotDisableSelf: 'Không thể tự khóa tài khoản của mình.',
      userNotFound: 'Không tìm thấy người dùng.',
    },
    auth: {
      // auth
      accountNotFound: 'Không tìm thấy tài khoản.',
      passwordTooShort: 'Mật khẩu tối thiểu {min} ký tự.',
      passwordTooCommon: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.',
      passwordHasAccountName: 'Mật khẩu không được chứa tên tài khoản.',
      passwordUnchanged: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
      wrongPassword: 'Mật khẩu hiện tại không đúng.',
      codeNeeded: 'Nhập mã xác thực từ ứng dụng (tài khoản đã bật xác thực hai bước).',
      throttled: 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
      wrongCode: 'Mã xác thực không đúng hoặc đã dùng. Hãy nhập mã đang hiện trên ứng dụng.',
      enrolmentNotStarted: 'Chưa bắt đầu thiết lập xác thực hai bước.',
      twoFactorRequired: 'Vai trò của bạn bắt buộc dùng xác thực hai bước.',
      twoFactorOff: 'Xác thực hai bước chưa bật.',
    },
    agencies: {
      // agencies
    },
    api: {
      problem: {
        invalid: { title: 'Dữ liệu không hợp lệ', detail: 'Yêu cầu có giá trị không hợp lệ; xem danh sách lỗi.' },
        unauthenticated: {
          title: 'Chưa xác thực',
          detail: 'Thiếu khóa API, hoặc khóa không đúng, đã hết hạn hay đã bị thu hồi.',
        },
        forbidden: { title: 'Không có quyền', detail: 'Bạn không có quyền thực hiện thao tác này.' },
        not_found: { title: 'Không tìm thấy', detail: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.' },
        conflict: { title: 'Xung đột phiên bản', detail: 'Bản ghi đã được người khác cập nhật sau khi bạn đọc.' },
        too_large: { title: 'Nội dung quá lớn', detail: 'Nội dung yêu cầu vượt quá 1 MB.' },
        rate_limited: {
          title: 'Quá nhiều yêu cầu',
          detail: 'Khóa API đã gửi quá số yêu cầu cho phép trong một phút. Hãy thử lại sau.',
        },
        server: { title: 'Lỗi máy chủ', detail: 'Đã có lỗi ở máy chủ. Lỗi đã được ghi lại.' },
      },
      unsupportedParam: 'Tham số không được hỗ trợ: {name}.',
      invalidParam: 'Giá trị không hợp lệ: {name}.',
      badCursor: 'Con trỏ trang không hợp lệ.',
      badJson: 'Nội dung yêu cầu phải là JSON hợp lệ.',
      badFieldName: 'Tên trường không được phép.',
      // api
      invalidId: 'Mã không hợp lệ.',
      accountChanged: 'Tài khoản vừa thay đổi. Vui lòng tải lại trang và thử lại.',
      agencyEnded: 'Cơ quan của bạn đã kết thúc hoạt động: không thể tạo khóa API.',
      tooManyTokens: 'Mỗi tài khoản có tối đa {max} khóa API đang dùng. Hãy thu hồi một khóa trước khi tạo khóa mới.',
      tokenNotFound: 'Không tìm thấy khóa API (có thể đã bị thu hồi).',
    },
    files: {
      // files
      empty: 'Tệp rỗng.',
      tooBig: 'Tệp vượt quá 20 MB.',
      unsupported: 'Chỉ nhận tệp PDF, DOCX, XLSX, PNG hoặc JPEG (kiểm tra theo nội dung tệp).',
      damaged: 'Tệp bị hỏng hoặc không đầy đủ.',
      polyglot: 'Tệp có cấu trúc không hợp lệ (nhiều định dạng).',
      pdfActive: 'Tệp PDF chứa mã thực thi hoặc tệp nhúng, không được chấp nhận.',
      unsafePath: 'Tệp nén chứa đường dẫn không an toàn.',
      zipBomb: 'Tệp nén quá lớn khi giải nén.',
      macro: 'Tệp chứa macro, không được chấp nhận.',
      badName: 'Tên tệp không hợp lệ (chứa đường dẫn hoặc ký tự điều khiển).',
      pdfEncrypted: 'Tệp PDF được mã hóa nên không kiểm tra được nội dung; hãy gửi bản không đặt mật khẩu.',
      pdfTooLarge: 'Tệp PDF quá lớn khi giải nén để kiểm tra.',
      mismatch: 'Tên tệp (.{ext}) không khớp nội dung ({label}).',
      /** A refused file, its name first (a task's evidence). */
      rejected: '{name}: {reason}',
      rejectedMismatch: '{name}: Tên tệp (.{ext}) không khớp nội dung ({label}).',
      missing: 'Tệp minh chứng không còn trên máy chủ lưu trữ. Đề nghị báo quản trị viên để khôi phục tệp.',
      bodyTooLarge: 'Nội dung gửi lên vượt quá {mb} MB.',
      bodyTooLargeSmall: 'Nội dung gửi lên quá lớn.',
      lengthRequired: 'Cần khai báo độ dài nội dung (Content-Length) khi chưa đăng nhập.',
      sessionNeeded: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn: hãy đăng nhập lại rồi gửi tệp.',
    },
    notifications: {
      // notifications
      notFound: 'Không tìm thấy thông báo.',
    },
  },
};
