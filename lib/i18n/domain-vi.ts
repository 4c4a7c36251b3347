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
  },
  errors: {
    notFound: 'Không tìm thấy trang hoặc bạn không có quyền xem.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    notFoundRecord: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
    fileNotFound: 'Không tìm thấy tệp.',
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
      /** Single-use links to set a password (lib/users/links.ts): invitations and resets. */
      links: {
        invalid: 'Liên kết không hợp lệ. Hãy kiểm tra lại đường dẫn trong email, hoặc yêu cầu một liên kết mới.',
        used: 'Liên kết này đã được sử dụng. Mỗi liên kết chỉ dùng được một lần.',
        expired: 'Liên kết này đã hết hạn. Hãy yêu cầu một liên kết mới.',
        revoked: 'Liên kết này không còn hiệu lực vì đã có một liên kết mới hơn được gửi cho tài khoản.',
        disabled: 'Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.',
        throttled: 'Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau 15 phút.',
        emailTaken: 'Email {email} đã có tài khoản.',
        emailInvalid: 'Email không hợp lệ.',
        nameRequired: 'Vui lòng nhập họ và tên (tối đa 200 ký tự).',
        passwordRequired: 'Vui lòng nhập mật khẩu mới.',
        passwordTooLong: 'Mật khẩu tối đa 200 ký tự.',
        mismatch: 'Mật khẩu nhập lại không khớp.',
        userNotFound: 'Không tìm thấy người dùng.',
        userDisabled: 'Tài khoản đang bị khóa: hãy mở khóa trước khi gửi liên kết.',
      },
    },
    auth: {
      // auth
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
    },
    files: {
      // files
    },
    notifications: {
      // notifications
    },
  },
};
